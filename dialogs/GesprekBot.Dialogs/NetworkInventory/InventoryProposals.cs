using GesprekBot.Language;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>
/// The people, animals and places named in earlier answers, to propose one by one. Only mentions
/// with a name or a role: "iemand" or "mensen" cannot be asked about by name. The client is never
/// their own member: a mention of the name they gave is left out ("Kim" as the first answer of Kim).
/// </summary>
internal static class InventoryProposals
{
    public static IReadOnlyList<RecognizedMember> From(IEnumerable<string> earlierAnswers, string? clientName = null)
    {
        var found = new List<RecognizedMember>();
        foreach (var member in earlierAnswers.SelectMany(NetworkMemberRecognizer.Recognize))
        {
            if ((member.Name is not null || member.Role is not null) && !IsClient(member, clientName) && !found.Exists(f => Same(f, member)))
            {
                found.Add(member);
            }
        }

        return [.. found.Take(InventoryPlanner.MaxProposals)];
    }

    /// <summary>The member is the client: its name is the client's name, or its first part ("Kim" for "Kim Claes").</summary>
    private static bool IsClient(RecognizedMember member, string? clientName)
    {
        if (clientName is null || member.Name is null)
        {
            return false;
        }

        var client = TextNormalizer.Normalize(clientName);
        var name = TextNormalizer.Normalize(member.Name);
        return name == client || name == client.Split(' ')[0];
    }

    private static bool Same(RecognizedMember a, RecognizedMember b) =>
        a.Label.Equals(b.Label, StringComparison.OrdinalIgnoreCase)
        || (a.Name is not null && string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase))
        || (a.Name is null && b.Name is null && a.Role is not null && a.Role == b.Role);
}
