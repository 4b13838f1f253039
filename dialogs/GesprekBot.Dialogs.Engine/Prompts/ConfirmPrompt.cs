using System.Globalization;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>Asks a yes/no question, offering "Ja"/"Nee" ("Yes"/"No" in English) buttons unless the question has its own.</summary>
/// <param name="id">The dialog id.</param>
/// <param name="validator">Extra checks, or null.</param>
/// <param name="recognizer">Replaces the default recognizer ("ja/nee/yes/no"), or null.</param>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null, Recognizer<bool>? recognizer = null)
    : Prompt<bool>(id, validator)
{
    private readonly Recognizer<bool> recognizer = recognizer ?? DefaultRecognizers.YesNo;

    /// <summary>The yes/no buttons for a culture, so the app can take them from its resources; by default Ja/Nee, Yes/No.</summary>
    public Func<CultureInfo, IReadOnlyList<ReplyChoice>> Buttons { get; init; } = DefaultButtons;

    /// <inheritdoc />
    protected override Recognition<bool> Recognize(string text, PromptOptions options, DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return recognizer(text, dc.Culture);
    }

    /// <inheritdoc />
    protected override Reply Decorate(Reply reply, PromptOptions options, DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var asked = base.Decorate(reply, options, dc);
        if (asked.Choices.Count > 0)
        {
            return asked;
        }

        return asked with { Choices = Buttons(dc.Culture) };
    }

    private static IReadOnlyList<ReplyChoice> DefaultButtons(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? [new("Yes"), new("No")] : [new("Ja"), new("Nee")];
}
