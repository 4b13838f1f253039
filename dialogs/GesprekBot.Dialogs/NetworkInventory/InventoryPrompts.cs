using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>
/// One text prompt per kind of question. The answer stays text (so nothing the client typed is
/// lost) and a validator checks it can be understood; the buttons on the question are shortcuts.
/// </summary>
internal static class InventoryPrompts
{
    public static string IdFor(QuestionKind kind) => $"{NetworkInventoryDialog.DialogId}.{kind}";

    public static IReadOnlyList<Dialog> Create() =>
        [.. Enum.GetValues<QuestionKind>().Select(kind => new TextPrompt(IdFor(kind), Validator(kind)))];

    private static PromptValidator<string> Validator(QuestionKind kind) => (prompt, _) =>
    {
        var texts = new Network.NetworkTextCatalog(prompt.Context.Culture);
        var buttons = prompt.Options.Prompt.Choices.Select(c => c.Title).ToList();
        return Task.FromResult(AnswerUnderstanding.Understands(kind, prompt.Text, buttons, texts));
    };
}
