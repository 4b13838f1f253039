using System.Globalization;
using System.Text.RegularExpressions;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network;

/// <summary>
/// Applies a correction the client types at the summary, in plain words: "Tom is mijn neef",
/// "verwijder de buurvrouw", "de buurvrouw moet eraf", "mama staat dichterbij", "zet Tom in
/// cirkel 1", "voeg mijn tante toe", "Tom en mama kennen elkaar". Pure: the map passed in is never changed.
/// </summary>
public static class MapCorrections
{
    /// <summary>Tries to read <paramref name="text"/> as a correction of <paramref name="map"/>.</summary>
    /// <param name="map">The map as the client sees it in the summary.</param>
    /// <param name="text">What the client typed.</param>
    /// <param name="culture">The language of <paramref name="explanation"/>.</param>
    /// <param name="corrected">The corrected map; the same map when nothing had to change.</param>
    /// <param name="explanation">A short sentence saying what changed, for the client.</param>
    /// <returns>False when the text is no correction understood here (or names nobody on the map).</returns>
    public static bool TryApply(NetworkMap map, string text, CultureInfo culture, out NetworkMap corrected, out string? explanation)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(culture);
        corrected = map;
        explanation = null;
        var sentence = Clean(text);
        if (sentence.Length == 0)
        {
            return false;
        }

        var texts = new NetworkTextCatalog(culture);
        CorrectionResult? result =
            Match(CorrectionPatterns.DoNotKnow, sentence, m => Tie(map, m, know: false, texts))
            ?? Match(CorrectionPatterns.Know, sentence, m => Tie(map, m, know: true, texts))
            ?? Match(CorrectionPatterns.Remove, sentence, m => Remove(map, m, texts))
            ?? Match(CorrectionPatterns.RingNumber, sentence, m => MoveTo(map, m, NumberRecognizer.Recognize(m.Groups["ring"].Value), texts))
            ?? Match(CorrectionPatterns.RingRelative, sentence, m => MoveBy(map, m, texts))
            ?? Match(CorrectionPatterns.RingWords, sentence, m => MoveTo(map, m, RingOf(m.Groups["ring"].Value, texts), texts))
            ?? Match(CorrectionPatterns.Role, sentence, m => ChangeRole(map, m, texts))
            ?? Match(CorrectionPatterns.Add, sentence, m => Add(map, m, texts));
        if (result is not { } applied)
        {
            return false;
        }

        (corrected, explanation) = (applied.Map, applied.Explanation);
        return true;
    }

    private static CorrectionResult? Match(IEnumerable<Regex> patterns, string sentence, Func<Match, CorrectionResult?> apply)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Match(sentence) is { Success: true } match && apply(match) is { } result)
            {
                return result;
            }
        }

        return null;
    }

    private static CorrectionResult? Remove(NetworkMap map, Match match, NetworkTextCatalog texts)
    {
        if (MemberFinder.Find(map, match.Groups["who"].Value) is not { } member)
        {
            return null;
        }

        var removed = map with
        {
            Members = [.. map.Members.Where(m => m.Id != member.Id)],
            Ties = [.. map.Ties.Where(t => t.FirstMemberId != member.Id && t.SecondMemberId != member.Id)],
        };
        return new(removed, texts.Format(nameof(NetworkTexts.CorrectionRemoved), NetworkWording.Display(member)));
    }

    private static CorrectionResult? MoveTo(NetworkMap map, Match match, int? ring, NetworkTextCatalog texts)
    {
        if (ring is not (>= NetworkMember.InnermostRing and <= NetworkMember.OutermostRing) || MemberFinder.Find(map, match.Groups["who"].Value) is not { } member)
        {
            return null;
        }

        return new(Replace(map, member with { Ring = ring }), RingSentence(member, ring.Value, texts));
    }

    private static CorrectionResult? MoveBy(NetworkMap map, Match match, NetworkTextCatalog texts)
    {
        if (MemberFinder.Find(map, match.Groups["who"].Value) is not { } member)
        {
            return null;
        }

        var closer = match.Groups["way"].Value.StartsWith("dicht", StringComparison.OrdinalIgnoreCase)
            || match.Groups["way"].Value.StartsWith("close", StringComparison.OrdinalIgnoreCase);

        // Without a ring yet, "closer" means the second ring and "further" the third: the middle, one step from the edge.
        var ring = member.Ring is { } now
            ? Math.Clamp(closer ? now - 1 : now + 1, NetworkMember.InnermostRing, NetworkMember.OutermostRing)
            : closer ? 2 : 3;
        return new(Replace(map, member with { Ring = ring }), RingSentence(member, ring, texts));
    }

    private static CorrectionResult? ChangeRole(NetworkMap map, Match match, NetworkTextCatalog texts)
    {
        var named = NetworkMemberRecognizer.RecognizeAll($"mijn {match.Groups["role"].Value}").FirstOrDefault(m => m.Role is not null);
        if (named is null || MemberFinder.Find(map, match.Groups["who"].Value) is not { } member)
        {
            return null;
        }

        var changed = member with { Role = named.Role, Domain = named.Domain == LifeDomain.Unknown ? member.Domain : named.Domain };
        return new(Replace(map, changed), texts.Format(nameof(NetworkTexts.CorrectionRole), Capitalise(NetworkWording.Display(member), texts), named.Role));
    }

    private static CorrectionResult? Add(NetworkMap map, Match match, NetworkTextCatalog texts)
    {
        var who = match.Groups["who"].Value;
        if (MemberFinder.Find(map, who) is { } present)
        {
            return new(map, texts.Format(nameof(NetworkTexts.CorrectionAlreadyThere), Capitalise(NetworkWording.Display(present), texts)));
        }

        var found = NetworkMemberRecognizer.RecognizeAll(who);
        if (found.Count == 0)
        {
            return null;
        }

        var next = map.Members.Count + 1;
        var added = new List<NetworkMember>();
        foreach (var member in found)
        {
            while (map.Members.Any(m => m.Id == $"m{next}"))
            {
                next++;
            }

            added.Add(new NetworkMember
            {
                Id = $"m{next++}", Label = member.Label, Name = member.Name, Role = member.Role, Kind = member.Kind, Domain = member.Domain,
            });
        }

        return new(map with { Members = [.. map.Members, .. added] },
            texts.Format(nameof(NetworkTexts.CorrectionAdded), texts.List([.. added.Select(NetworkWording.Display)])));
    }

    private static CorrectionResult? Tie(NetworkMap map, Match match, bool know, NetworkTextCatalog texts)
    {
        if (MemberFinder.Find(map, match.Groups["who"].Value) is not { } first
            || MemberFinder.Find(map, match.Groups["other"].Value) is not { } second
            || first.Id == second.Id)
        {
            return null;
        }

        var others = map.Ties.Where(t => !(t.FirstMemberId == first.Id && t.SecondMemberId == second.Id)
            && !(t.FirstMemberId == second.Id && t.SecondMemberId == first.Id));
        var names = texts.List([NetworkWording.Display(first), NetworkWording.Display(second)]);
        return know
            ? new(map with { Ties = [.. others, new NetworkTie(first.Id, second.Id)] }, texts.Format(nameof(NetworkTexts.CorrectionTie), Capitalise(names, texts)))
            : new(map with { Ties = [.. others] }, texts.Format(nameof(NetworkTexts.CorrectionNoTie), Capitalise(names, texts)));
    }

    private static int? RingOf(string words, NetworkTextCatalog texts)
    {
        var wanted = words.Trim();
        for (var ring = NetworkMember.InnermostRing; ring <= NetworkMember.OutermostRing; ring++)
        {
            if (texts.Alternatives($"RingOption{ring}").Any(a => a.Equals(wanted, StringComparison.OrdinalIgnoreCase)))
            {
                return ring;
            }
        }

        return null;
    }

    private static NetworkMap Replace(NetworkMap map, NetworkMember changed) =>
        map with { Members = [.. map.Members.Select(m => m.Id == changed.Id ? changed : m)] };

    private static string RingSentence(NetworkMember member, int ring, NetworkTextCatalog texts) =>
        texts.Format(nameof(NetworkTexts.CorrectionRing), Capitalise(NetworkWording.Display(member), texts),
            NetworkWording.Ring(texts, ring).ToLower(texts.Culture), ring);

    private static string Capitalise(string words, NetworkTextCatalog texts) => NetworkWording.Capitalise(words, texts.Culture);

    private static string Clean(string? text) =>
        string.Join(' ', (text ?? string.Empty).Trim().TrimEnd('.', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private readonly record struct CorrectionResult(NetworkMap Map, string Explanation);
}
