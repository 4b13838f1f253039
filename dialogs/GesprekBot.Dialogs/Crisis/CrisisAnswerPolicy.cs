using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.NetworkInventory;
using GesprekBot.Dialogs.QuestionBehindQuestion;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>
/// Whether a message with a crisis signal is also the answer to the open question. An open
/// question ("Wat zal er dan anders zijn?", "Wie hoort bij je familie?") is answered by whatever
/// the client writes, crisis words included, and the people named in it belong on the map. A
/// yes/no, a number or a ring is not answered by a disclosure; neither is the name question.
/// </summary>
internal static class CrisisAnswerPolicy
{
    private static readonly HashSet<string> NetworkQuestionsForNames =
    [
        InventoryPrompts.IdFor(QuestionKind.Domain),
        InventoryPrompts.IdFor(QuestionKind.AnimalsAndPlaces),
        InventoryPrompts.IdFor(QuestionKind.Wishes),
    ];

    /// <summary>
    /// The first two questions are quoted back to the client in the check that follows ("Heb ik goed
    /// begrepen dat dit je vraag is: …?"); a crisis sentence must never be read back as their question.
    /// </summary>
    private static readonly HashSet<string> QuotedBack = [QuestionBehindQuestionSteps.WhyKey, QuestionBehindQuestionSteps.WishKey];

    public static bool IsAnswer(DialogContext dc)
    {
        return dc.ActiveDialogId switch
        {
            IntakeQuestions.TextPromptId => dc.Question() is { } question && !QuotedBack.Contains(question.Key),
            { } id => NetworkQuestionsForNames.Contains(id),
            null => false,
        };
    }
}
