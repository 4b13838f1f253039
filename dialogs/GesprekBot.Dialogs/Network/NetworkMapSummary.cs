using System.Globalization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Network;

/// <summary>
/// The map in plain sentences for the intake's summary ("klopt dit?"): who is how close, what
/// each person means to the client, who knows whom, wishes and satisfaction. One line per fact
/// group, short enough to read in a chat; the client corrects it with <see cref="MapCorrections"/>.
/// </summary>
public static class NetworkMapSummary
{
    public static IReadOnlyList<string> Describe(NetworkMap map, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(culture);
        var texts = new NetworkTextCatalog(culture);
        var placed = map.Members.Where(m => !(m.IsWished && m.Ring is null)).ToList();
        if (placed.Count == 0)
        {
            return [texts[nameof(NetworkTexts.SummaryEmpty)], .. WishesAndSatisfaction(map, texts)];
        }

        var lines = new List<string> { placed.Count == 1 ? texts[nameof(NetworkTexts.SummaryCountOne)] : texts.Format(nameof(NetworkTexts.SummaryCount), placed.Count) };
        for (var ring = NetworkMember.InnermostRing; ring <= NetworkMember.OutermostRing; ring++)
        {
            var inRing = placed.Where(m => m.Ring == ring).Select(NetworkWording.DisplayWithRole).ToList();
            if (inRing.Count > 0)
            {
                lines.Add(texts.Format(nameof(NetworkTexts.SummaryRing), NetworkWording.Ring(texts, ring), texts.List(inRing)));
            }
        }

        var unplaced = placed.Where(m => m.Ring is null).Select(NetworkWording.DisplayWithRole).ToList();
        if (unplaced.Count > 0)
        {
            lines.Add(texts.Format(nameof(NetworkTexts.SummaryUnplaced), texts.List(unplaced)));
        }

        lines.AddRange(placed.Select(m => MemberDetails(m, texts)).OfType<string>());
        if (Ties(map, texts) is { } ties)
        {
            lines.Add(ties);
        }

        lines.AddRange(WishesAndSatisfaction(map, texts));
        return lines;
    }

    private static string? MemberDetails(NetworkMember member, NetworkTextCatalog texts)
    {
        var parts = new List<string>();
        if (member.SupportReceived.Count > 0)
        {
            parts.Add(texts.Format(nameof(NetworkTexts.SummaryReceived), Lower(texts, member.SupportReceived.Select(s => NetworkWording.Support(texts, s)))));
        }

        if (member.SupportGiven.Count > 0)
        {
            parts.Add(texts.Format(nameof(NetworkTexts.SummaryGiven), Lower(texts, member.SupportGiven.Select(s => NetworkWording.Support(texts, s)))));
        }

        if (member.Frequency is { } frequency)
        {
            parts.Add(texts.Format(nameof(NetworkTexts.SummaryFrequency), NetworkWording.Frequency(texts, frequency).ToLower(texts.Culture)));
        }

        if (member.Quality is { } quality)
        {
            parts.Add(texts.Format(nameof(NetworkTexts.SummaryQuality), NetworkWording.Quality(texts, quality).ToLower(texts.Culture)));
        }

        if (member.Wish is { } wish)
        {
            parts.Add(texts.Format(nameof(NetworkTexts.SummaryWish), NetworkWording.Wish(texts, wish).ToLower(texts.Culture)));
        }

        return parts.Count == 0 ? null : texts.Format(nameof(NetworkTexts.SummaryMember), NetworkWording.Capitalise(NetworkWording.Display(member), texts.Culture), string.Join("; ", parts));
    }

    private static string? Ties(NetworkMap map, NetworkTextCatalog texts)
    {
        var pairs = map.Ties
            .Select(t => (map.Find(t.FirstMemberId), map.Find(t.SecondMemberId)))
            .Where(p => p.Item1 is not null && p.Item2 is not null)
            .Select(p => texts.List([NetworkWording.Display(p.Item1!), NetworkWording.Display(p.Item2!)]))
            .ToList();
        return pairs.Count == 0 ? null : texts.Format(nameof(NetworkTexts.SummaryTies), string.Join("; ", pairs));
    }

    private static IEnumerable<string> WishesAndSatisfaction(NetworkMap map, NetworkTextCatalog texts)
    {
        var wished = map.Members.Where(m => m.IsWished).Select(NetworkWording.Display).ToList();
        if (wished.Count > 0)
        {
            yield return texts.Format(nameof(NetworkTexts.SummaryWishedFor), texts.List(wished));
        }
        else if (map.Wishes.Count > 0)
        {
            yield return texts.Format(nameof(NetworkTexts.SummaryWishText), string.Join(" / ", map.Wishes));
        }

        if (map.Satisfaction is { } satisfaction)
        {
            yield return texts.Format(nameof(NetworkTexts.SummarySatisfaction), satisfaction);
        }
    }

    private static string Lower(NetworkTextCatalog texts, IEnumerable<string> words) => texts.List([.. words.Select(w => w.ToLower(texts.Culture))]);
}
