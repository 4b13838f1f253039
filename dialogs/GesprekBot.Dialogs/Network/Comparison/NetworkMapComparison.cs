using System.Globalization;
using GesprekBot.Dialogs.Network.Picture;

namespace GesprekBot.Dialogs.Network.Comparison;

/// <summary>
/// Compares an earlier and a later map of one client (see <see cref="MemberMatcher"/> for how the
/// same person is recognised on both) and says what changed in plain words, for the caseworker's
/// follow-up conversation: "Tom staat nu dichterbij: eerst wat verder, nu dichtbij."
/// </summary>
public static class NetworkMapComparison
{
    public static MapDifference Compare(NetworkMap earlier, NetworkMap later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var pairs = MemberMatcher.Match(earlier.Members, later.Members);
        var matchedBefore = pairs.Select(p => p.Earlier).ToHashSet(ReferenceEqualityComparer.Instance);
        var matchedAfter = pairs.ToDictionary(p => (object)p.Later, p => p.Earlier, ReferenceEqualityComparer.Instance);
        return new MapDifference(
            earlier.Members.Count,
            later.Members.Count,
            earlier.Satisfaction,
            later.Satisfaction,
            [.. later.Members.Where(m => !matchedAfter.ContainsKey(m))],
            [.. earlier.Members.Where(m => !matchedBefore.Contains(m))],
            [.. later.Members.Where(matchedAfter.ContainsKey).Select(m => new MemberChange(matchedAfter[m], m))]);
    }

    /// <summary>One plain sentence per change: size and satisfaction first, then who came and went, then per member.</summary>
    public static IReadOnlyList<string> Describe(MapDifference difference, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(difference);
        ArgumentNullException.ThrowIfNull(culture);
        return DifferenceWording.Describe(difference, new PictureTextCatalog(culture));
    }
}
