using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>
/// Applies the answer to the pending question. A skipped question leaves the map as it is; an
/// answer the bot gave up on is kept as a note in the client's words; either way the question is
/// marked as asked, so the conversation always moves on.
/// </summary>
internal static class InventoryAnswers
{
    public static InventoryState Apply(
        InventoryState state, InventoryQuestion question, PromptResult<string>? answer, NetworkTextCatalog texts, out string? acknowledgement)
    {
        acknowledgement = null;
        state = state.MarkAsked(question) with { Pending = null };
        if (answer is not { IsRecognized: true, Value: { } text })
        {
            return answer?.Status == PromptStatus.TooManyAttempts ? state.AddNote(question, answer.Text) : state;
        }

        if (question.Kind is QuestionKind.Proposal or QuestionKind.Domain or QuestionKind.Role or QuestionKind.AnimalsAndPlaces or QuestionKind.Wishes)
        {
            return MemberAnswers.Apply(state, question, text, texts, out acknowledgement);
        }

        return DetailAnswers.Apply(state, question, text, texts);
    }

    /// <summary>"Ik schrijf op: mama, Tom en de buurvrouw."</summary>
    public static string? Written(NetworkTextCatalog texts, IReadOnlyList<NetworkMember> members) =>
        members.Count == 0 ? null : texts.Format(nameof(NetworkTexts.WrittenDown), texts.List([.. members.Select(NetworkWording.Display)]));
}
