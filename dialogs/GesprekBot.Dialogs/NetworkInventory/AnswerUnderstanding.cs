using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>
/// Whether an answer is one the inventory can use, for the prompts' validators; the same rules as
/// <see cref="InventoryAnswers"/> applies, so what is accepted is also understood.
/// </summary>
internal static class AnswerUnderstanding
{
    public static bool Understands(QuestionKind kind, string text, IReadOnlyList<string> buttons, NetworkTextCatalog texts) => kind switch
    {
        QuestionKind.Proposal => AnswerReader.YesNo(text) is not null || AnswerReader.IsUnsure(texts, text)
            || NetworkMemberRecognizer.RecognizeAll(text).Any(m => m.Name is not null || m.Role is not null),
        QuestionKind.Domain => AnswerReader.IsNobody(texts, text) || NetworkMemberRecognizer.RecognizeAll(text).Count > 0,
        QuestionKind.Role => AnswerReader.IsUnsure(texts, text) || AnswerReader.Role(texts, text) is not null,
        QuestionKind.Ring => Stops(texts, text) || AnswerReader.Ring(texts, text) is not null,
        QuestionKind.SupportReceived or QuestionKind.SupportGiven => Stops(texts, text) || AnswerReader.Support(texts, text) is not null,
        QuestionKind.Frequency => Stops(texts, text) || AnswerReader.Frequency(texts, text) is not null,
        QuestionKind.Quality => Stops(texts, text) || AnswerReader.Quality(texts, text) is not null,
        QuestionKind.Wish => Stops(texts, text) || AnswerReader.Wish(texts, text, out _),
        QuestionKind.MoreDetails => AnswerReader.IsLater(texts, text) || AnswerReader.YesNo(text) is not null,
        QuestionKind.AnimalsAndPlaces => AnswerReader.IsNobody(texts, text) || NetworkMemberRecognizer.RecognizeAll(text).Count > 0,
        QuestionKind.Wishes => !string.IsNullOrWhiteSpace(text),
        QuestionKind.Ties => AnswerReader.IsUnsure(texts, text) || AnswerReader.YesNo(text) is not null || AnswerReader.IsWholly(texts, InventoryChoices.NobodyOfThem, text)
            || AnswerReader.IsNobody(texts, text) || AnswerReader.PickMany(text, [.. buttons.Select(b => new ChoiceOption(b))]).Count > 0,
        QuestionKind.Satisfaction => AnswerReader.IsUnsure(texts, text) || AnswerReader.Satisfaction(text) is not null,
        _ => false,
    };

    /// <summary>"de rest later" and "weet ik niet" are answers to every question about one member.</summary>
    private static bool Stops(NetworkTextCatalog texts, string text) => AnswerReader.IsLater(texts, text) || AnswerReader.IsUnsure(texts, text);
}
