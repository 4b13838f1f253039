using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>Turns a question into what the client reads: the question, its buttons, and a retry in other words.</summary>
internal static class QuestionRenderer
{
    public const int MaxAttempts = 3;

    public static PromptOptions Render(InventoryQuestion question, InventoryState state, NetworkTextCatalog texts)
    {
        var subject = state.Entry(question.Subject)?.Member is { } member ? NetworkWording.Display(member)
            : question.Kind == QuestionKind.Proposal ? ProposalName(state, question) : string.Empty;
        (string Ask, string Retry, IReadOnlyList<string> Buttons) parts = question.Kind switch
        {
            QuestionKind.Proposal => (nameof(NetworkTexts.ProposalQuestion), nameof(NetworkTexts.ProposalRetry), Keys(InventoryChoices.Yes, InventoryChoices.No)),
            QuestionKind.Domain => ($"DomainQuestion{question.Subject}", nameof(NetworkTexts.DomainRetry), Keys(InventoryChoices.Nobody)),
            QuestionKind.Role => (nameof(NetworkTexts.RoleQuestion), nameof(NetworkTexts.RoleRetry), [.. InventoryChoices.Roles, InventoryChoices.Unsure]),
            QuestionKind.Ring => (nameof(NetworkTexts.RingQuestion), nameof(NetworkTexts.RingRetry), InventoryChoices.Rings),
            QuestionKind.SupportReceived => (nameof(NetworkTexts.SupportReceivedQuestion), nameof(NetworkTexts.SupportRetry),
                [.. InventoryChoices.Supports, InventoryChoices.Later]),
            QuestionKind.SupportGiven => (nameof(NetworkTexts.SupportGivenQuestion), nameof(NetworkTexts.SupportRetry),
                [.. InventoryChoices.Supports, InventoryChoices.Later]),
            QuestionKind.Frequency => (nameof(NetworkTexts.FrequencyQuestion), nameof(NetworkTexts.FrequencyRetry),
                [.. InventoryChoices.Frequencies, InventoryChoices.Later]),
            QuestionKind.Quality => (nameof(NetworkTexts.QualityQuestion), nameof(NetworkTexts.QualityRetry),
                [.. InventoryChoices.Qualities, InventoryChoices.Later]),
            QuestionKind.Wish => (nameof(NetworkTexts.WishQuestion), nameof(NetworkTexts.WishRetry), [.. InventoryChoices.Wishes, InventoryChoices.Later]),
            QuestionKind.MoreDetails => (nameof(NetworkTexts.MoreDetailsQuestion), nameof(NetworkTexts.MoreDetailsRetry),
                Keys(InventoryChoices.Yes, InventoryChoices.Later)),
            QuestionKind.AnimalsAndPlaces => (nameof(NetworkTexts.AnimalsQuestion), nameof(NetworkTexts.AnimalsRetry), Keys(InventoryChoices.No)),
            QuestionKind.Wishes => (nameof(NetworkTexts.WishesQuestion), nameof(NetworkTexts.WishesRetry), Keys(InventoryChoices.Nobody)),
            QuestionKind.Ties when DetailAnswers.TieCandidates(state, question.Subject).Count == 1 =>
                (nameof(NetworkTexts.TiesQuestionOne), nameof(NetworkTexts.TiesRetryOne), Keys(InventoryChoices.Yes, InventoryChoices.No, InventoryChoices.Unsure)),
            QuestionKind.Ties => (nameof(NetworkTexts.TiesQuestion), nameof(NetworkTexts.TiesRetry), Keys(InventoryChoices.NobodyOfThem, InventoryChoices.Unsure)),
            QuestionKind.Satisfaction => (nameof(NetworkTexts.SatisfactionQuestion), nameof(NetworkTexts.SatisfactionRetry), Keys()),
            _ => throw new ArgumentOutOfRangeException(nameof(question), question.Kind, "Unknown question kind."),
        };

        var (ask, retry, buttons) = parts;
        var candidates = question.Kind == QuestionKind.Ties ? DetailAnswers.TieCandidates(state, question.Subject) : [];

        // One person to ask about reads better as "Kent Tom mama?" with yes/no than as a list of one.
        IEnumerable<string> people = candidates.Count > 1 ? candidates.Select(NetworkWording.Display) : [];
        IReadOnlyList<string> titles = [.. people, .. buttons.Select(texts.Title)];
        var other = candidates.Count == 1 ? NetworkWording.Display(candidates[0]) : string.Empty;
        var choices = titles.Select(t => new ReplyChoice(t)).ToArray();
        return new PromptOptions
        {
            Prompt = Reply.Ask(WithProgress(texts, question, texts.Format(ask, subject, other)), choices),
            RetryPrompt = Reply.Ask(texts.Format(retry, subject, other), choices),
            MaxAttempts = MaxAttempts,
        };
    }

    private static string WithProgress(NetworkTextCatalog texts, InventoryQuestion question, string text) =>
        question is { Total: > 1, Kind: QuestionKind.Proposal or QuestionKind.Domain or QuestionKind.Ring or QuestionKind.SupportReceived or QuestionKind.Ties }
            ? texts.Format(nameof(NetworkTexts.ProgressPrefix), question.Position, question.Total, text)
            : text;

    private static string ProposalName(InventoryState state, InventoryQuestion question) =>
        int.TryParse(question.Subject?[1..], System.Globalization.CultureInfo.InvariantCulture, out var i) && i < state.Proposals.Count
            ? NetworkWording.Display(new NetworkMember { Id = string.Empty, Label = state.Proposals[i].Label, Name = state.Proposals[i].Name })
            : string.Empty;

    private static string[] Keys(params string[] keys) => keys;
}
