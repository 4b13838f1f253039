using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Consent;

/// <summary>
/// The answers to a client's questions before they decide: who reads it, where and how long it is
/// kept (the configured retention), how to delete it, why, and that the bot is not a person.
/// </summary>
internal static class ConsentExplanations
{
    public static async Task SendAsync(DialogContext dc, IReadOnlyList<ConsentTopic> topics, IntakeOptions options, CancellationToken cancellationToken)
    {
        var consent = new TextCatalog(dc.Culture, ConsentTexts.ResourceManager);
        var days = (int)Math.Ceiling(options.Retention.TotalDays);
        foreach (var topic in topics)
        {
            await dc.SendAsync(topic switch
            {
                ConsentTopic.WhoReads => consent[nameof(ConsentTexts.AnswerWhoReads)],
                ConsentTopic.Where => consent[nameof(ConsentTexts.AnswerWhere)],
                ConsentTopic.HowLong => consent.Format(nameof(ConsentTexts.AnswerHowLong), days),
                ConsentTopic.Delete => consent[nameof(ConsentTexts.AnswerDelete)],
                ConsentTopic.Why => consent[nameof(ConsentTexts.AnswerWhy)],
                ConsentTopic.Robot => consent[nameof(ConsentTexts.AnswerRobot)],
                ConsentTopic.Duration => consent[nameof(ConsentTexts.AnswerDuration)],
                ConsentTopic.Obligation => consent[nameof(ConsentTexts.AnswerObligation)],
                _ => consent.Format(nameof(ConsentTexts.AnswerGeneral), days),
            }, cancellationToken);
        }
    }
}
