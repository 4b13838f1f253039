using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>
/// Adds recognised members to the map, merging the ones already on it: the same name (when no
/// role contradicts it), or the same role without names ("mama" named under family and again
/// under "wie helpt je"), or the same words. A client should never find mama on the map twice.
/// </summary>
internal static class MemberMerge
{
    /// <summary>Roles a client has only one of, so the same role without a name is the same person.</summary>
    private static readonly HashSet<string> UniqueRoles = new(StringComparer.Ordinal)
    {
        "moeder", "vader", "partner", "stiefmoeder", "stiefvader", "schoonmoeder", "schoonvader", "huisarts",
    };

    private static readonly string[] Leading = ["mijn ", "mijne ", "m n ", "mn ", "ons ", "onze ", "de ", "het ", "een "];

    public static InventoryState Add(
        InventoryState state,
        IEnumerable<RecognizedMember> found,
        string origin,
        LifeDomain fallbackDomain,
        bool wished,
        out IReadOnlyList<NetworkMember> touched)
    {
        var entries = state.Entries.ToList();
        var next = state.NextMemberNumber;
        var changed = new List<NetworkMember>();
        foreach (var said in found)
        {
            // Someone already on the map named again ("tom" under Vrienden after "mijn broer Tom") keeps their role.
            var index = entries.FindIndex(e => SameMember(e.Member, said));
            var member = index >= 0 ? said : WithDomainRole(said, fallbackDomain);
            if (index >= 0)
            {
                var merged = Merge(entries[index].Member, member, wished);
                entries[index] = entries[index] with { Member = merged };
                changed.Add(merged);
                continue;
            }

            var added = new NetworkMember
            {
                Id = $"m{next++}",
                Label = LabelCase(member),
                Name = member.Name,
                Role = member.Role,
                Kind = member.Kind,
                Domain = member.Domain == LifeDomain.Unknown ? fallbackDomain : member.Domain,
                IsWished = wished,

                // "mijn papa zie ik niet meer" still belongs on the map: a faded contact is what Reanimeren is about.
                Frequency = member.NoLongerInContact ? ContactFrequency.Never : null,
            };
            var unsure = member is { Role: null, Kind: MemberKind.Person };
            entries.Add(new InventoryEntry(added, origin, unsure));
            changed.Add(added);
        }

        touched = [.. changed.GroupBy(m => m.Id).Select(g => g.Last())];
        return state with { Entries = entries, NextMemberNumber = next };
    }

    /// <summary>
    /// A bare name given for a domain whose role is plain takes that role: "els en lisa" under Vrienden are friends,
    /// so no "Wie is Els voor jou?" is needed. Family, school and work, free time keep asking (mama or zus? juf or collega?).
    /// </summary>
    private static RecognizedMember WithDomainRole(RecognizedMember member, LifeDomain asked)
    {
        if (member is not { Role: null, Name: not null, Kind: MemberKind.Person })
        {
            return member;
        }

        // At school "meneer Ali" and "mevrouw Claes" are how pupils name their teachers.
        if (asked == LifeDomain.SchoolAndWork && SchoolTitles.Contains(TextNormalizer.Normalize(member.Label).Split(' ')[0]))
        {
            return member with { Role = "leerkracht", Domain = asked };
        }

        return RoleChoice.All.FirstOrDefault(r => r.Domain == asked && r.Role is not null) is { } plain
            ? member with { Role = plain.Role, Domain = asked }
            : member;
    }

    private static readonly HashSet<string> SchoolTitles = new(StringComparer.Ordinal) { "meneer", "mijnheer", "mevrouw", "mevr", "madame", "mr", "mrs", "ms", "miss" };

    public static bool SameMember(NetworkMember existing, RecognizedMember found)
    {
        if (existing.Name is { } name && found.Name is { } other)
        {
            return string.Equals(name, other, StringComparison.OrdinalIgnoreCase)
                && (existing.Role is null || found.Role is null || existing.Role == found.Role);
        }

        // "mama" and "mijn moeder" are one person; "de buurvrouw" and "de buurman" are two.
        if (existing.Name is null && found.Name is null && existing.Role is { } role && UniqueRoles.Contains(role))
        {
            return existing.Role == found.Role && existing.Kind == found.Kind;
        }

        return Words(existing.Label) == Words(found.Label);
    }

    /// <summary>"De kinderen zie ik …": the sentence's capital is dropped from a label without a name ("Ik schrijf op: de kinderen").</summary>
    private static string LabelCase(RecognizedMember member)
    {
        var label = member.Label;
        var first = label.Split(' ', 2)[0];
        return member.Name is null && label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1])
            && Array.Exists(Leading, l => string.Equals(l.TrimEnd(), first, StringComparison.OrdinalIgnoreCase))
            ? char.ToLowerInvariant(label[0]) + label[1..]
            : label;
    }

    private static string Words(string label)
    {
        var words = TextNormalizer.Normalize(label);
        var leading = Array.Find(Leading, l => words.StartsWith(l, StringComparison.Ordinal));
        return leading is null ? words : words[leading.Length..];
    }

    private static NetworkMember Merge(NetworkMember existing, RecognizedMember found, bool wished) => existing with
    {
        Name = existing.Name ?? found.Name,
        Role = existing.Role ?? found.Role,
        Domain = existing.Domain == LifeDomain.Unknown ? found.Domain : existing.Domain,
        IsWished = existing.IsWished || wished,
        Frequency = existing.Frequency ?? (found.NoLongerInContact ? ContactFrequency.Never : null),
    };
}
