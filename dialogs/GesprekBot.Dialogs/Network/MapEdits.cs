using System.Text.RegularExpressions;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network;

/// <summary>A corrected map and the sentence that tells the client what changed.</summary>
internal readonly record struct MapEdit(NetworkMap Map, string Explanation);

/// <summary>
/// The edits behind <see cref="MapCorrections"/>, one per kind of correction. Each returns null
/// when the words name nobody (or nothing sensible) on the map, so the next pattern may try.
/// </summary>
internal static class MapEdits
{
    public static MapEdit? Remove(NetworkMap map, Match match, NetworkTextCatalog texts)
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
        return new MapEdit(removed, texts.Format(nameof(NetworkTexts.CorrectionRemoved), NetworkWording.Display(member)));
    }

    public static MapEdit? MoveTo(NetworkMap map, Match match, int? ring, NetworkTextCatalog texts)
    {
        if (ring is not (>= NetworkMember.InnermostRing and <= NetworkMember.OutermostRing) || MemberFinder.Find(map, match.Groups["who"].Value) is not { } member)
        {
            return null;
        }

        return new MapEdit(Replace(map, member with { Ring = ring }), RingSentence(member, ring.Value, texts));
    }

    public static MapEdit? MoveBy(NetworkMap map, Match match, NetworkTextCatalog texts)
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
        return new MapEdit(Replace(map, member with { Ring = ring }), RingSentence(member, ring, texts));
    }

    public static MapEdit? ChangeRole(NetworkMap map, Match match, NetworkTextCatalog texts)
    {
        var named = NetworkMemberRecognizer.RecognizeAll($"mijn {match.Groups["role"].Value}").FirstOrDefault(m => m.Role is not null);
        if (named is null || MemberFinder.Find(map, match.Groups["who"].Value) is not { } member)
        {
            return null;
        }

        var changed = member with { Role = named.Role, Domain = named.Domain == LifeDomain.Unknown ? member.Domain : named.Domain };
        return new MapEdit(Replace(map, changed), texts.Format(nameof(NetworkTexts.CorrectionRole), Capitalise(NetworkWording.Display(member), texts), named.Role));
    }

    public static MapEdit? Add(NetworkMap map, Match match, NetworkTextCatalog texts)
    {
        var who = match.Groups["who"].Value;
        if (MemberFinder.Find(map, who) is { } present)
        {
            return new MapEdit(map, texts.Format(nameof(NetworkTexts.CorrectionAlreadyThere), Capitalise(NetworkWording.Display(present), texts)));
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

        return new MapEdit(map with { Members = [.. map.Members, .. added] },
            texts.Format(nameof(NetworkTexts.CorrectionAdded), texts.List([.. added.Select(NetworkWording.Display)])));
    }

    public static MapEdit? Tie(NetworkMap map, Match match, bool know, NetworkTextCatalog texts)
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
            ? new MapEdit(map with { Ties = [.. others, new NetworkTie(first.Id, second.Id)] }, texts.Format(nameof(NetworkTexts.CorrectionTie), Capitalise(names, texts)))
            : new MapEdit(map with { Ties = [.. others] }, texts.Format(nameof(NetworkTexts.CorrectionNoTie), Capitalise(names, texts)));
    }

    public static int? RingOf(string words, NetworkTextCatalog texts)
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
}
