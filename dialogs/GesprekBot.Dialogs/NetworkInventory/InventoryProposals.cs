using GesprekBot.Language;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>
/// The people, animals and places named in earlier answers, to propose one by one. Only mentions
/// with a name or a role: "iemand" or "mensen" cannot be asked about by name.
/// </summary>
internal static class InventoryProposals
{
    public static IReadOnlyList<RecognizedMember> From(IEnumerable<string> earlierAnswers)
    {
        var found = new List<RecognizedMember>();
        foreach (var member in earlierAnswers.SelectMany(NetworkMemberRecognizer.Recognize))
        {
            if ((member.Name is not null || member.Role is not null) && !found.Exists(f => Same(f, member)))
            {
                found.Add(member);
            }
        }

        return [.. found.Take(InventoryPlanner.MaxProposals)];
    }

    private static bool Same(RecognizedMember a, RecognizedMember b) =>
        a.Label.Equals(b.Label, StringComparison.OrdinalIgnoreCase)
        || (a.Name is not null && string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase))
        || (a.Name is null && b.Name is null && a.Role is not null && a.Role == b.Role);
}
