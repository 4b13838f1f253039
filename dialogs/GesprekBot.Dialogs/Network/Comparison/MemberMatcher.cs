using System.Globalization;
using System.Text;

namespace GesprekBot.Dialogs.Network.Comparison;

/// <summary>
/// Finds the same person on two maps. Ids are not used: each conversation numbers its own members,
/// so "m1" on one map says nothing about "m1" on another. Members match only when of the same kind,
/// in three passes, each over those still unmatched, in the earlier map's order:
/// 1. the same name (or, without a name, the same label) and the same role;
/// 2. the same name or label, and only one of them has a role ("Tom" and "Tom, broer");
/// 3. neither has a name, the same role, and that role appears once on each side ("mama" and
///    "ons moeke", both moeder) — two unnamed "vriend"s are never guessed at.
/// Names, labels and roles are compared without case, accents, extra spaces, and a leading
/// "mijn/mijne/m'n/ons/onze/my" or article ("de", "het", "the"), so "Mijn mama" matches "mama".
/// </summary>
internal static class MemberMatcher
{
    private static readonly string[] Leaders = ["mijn ", "mijne ", "m'n ", "mn ", "ons ", "onze ", "my ", "de ", "het ", "the "];

    public static IReadOnlyList<(NetworkMember Earlier, NetworkMember Later)> Match(IReadOnlyList<NetworkMember> earlier, IReadOnlyList<NetworkMember> later)
    {
        var pairs = new List<(NetworkMember, NetworkMember)>();
        var leftBefore = earlier.ToList();
        var leftAfter = later.ToList();
        Pass(leftBefore, leftAfter, pairs, (a, b) => Key(a) == Key(b) && Role(a) == Role(b));
        Pass(leftBefore, leftAfter, pairs, (a, b) => Key(a) == Key(b) && (Role(a) is null || Role(b) is null));
        Pass(leftBefore, leftAfter, pairs, (a, b) =>
            a.Name is null && b.Name is null && Role(a) is { } role && role == Role(b)
            && leftBefore.Count(m => Role(m) == role) == 1 && leftAfter.Count(m => Role(m) == role) == 1);
        return pairs;
    }

    public static string Normalise(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        var flat = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
        foreach (var leader in Leaders)
        {
            if (flat.Length > leader.Length && flat.StartsWith(leader, StringComparison.Ordinal))
            {
                return flat[leader.Length..];
            }
        }

        return flat;
    }

    private static string Key(NetworkMember member) =>
        Normalise(string.IsNullOrWhiteSpace(member.Name) ? member.Label : member.Name);

    private static string? Role(NetworkMember member) =>
        string.IsNullOrWhiteSpace(member.Role) ? null : Normalise(member.Role);

    private static void Pass(
        List<NetworkMember> earlier,
        List<NetworkMember> later,
        List<(NetworkMember, NetworkMember)> pairs,
        Func<NetworkMember, NetworkMember, bool> same)
    {
        foreach (var before in earlier.ToList())
        {
            var after = later.FirstOrDefault(candidate => candidate.Kind == before.Kind && same(before, candidate));
            if (after is not null)
            {
                pairs.Add((before, after));
                // By reference: two identical records (the same name said twice) stay two members.
                earlier.RemoveAt(earlier.FindIndex(m => ReferenceEquals(m, before)));
                later.RemoveAt(later.FindIndex(m => ReferenceEquals(m, after)));
            }
        }
    }
}
