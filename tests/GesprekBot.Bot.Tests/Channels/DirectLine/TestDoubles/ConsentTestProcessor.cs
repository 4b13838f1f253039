using System.Collections.Concurrent;
using System.Text.Json;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Turns;

namespace GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

/// <summary>
/// Stands in for the real turn pipeline: greets with a consent question and "Ja"/"Nee" buttons,
/// then asks a name, and fails on "boom" so the 502 path can be tested.
/// </summary>
public sealed class ConsentTestProcessor : IActivityProcessor
{
    public const string Welcome = "Welkom bij GesprekBot! Mag ik bewaren wat je vertelt, zodat je hulpverlener het kan lezen?";
    public const string AskName = "Dank je. Hoe wil je dat ik je noem?";

    public ConcurrentQueue<Activity> Received { get; } = new();

    public Task<IReadOnlyList<Activity>> ProcessAsync(Activity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        Received.Enqueue(inbound);
        IReadOnlyList<Activity> replies = inbound switch
        {
            { Type: ActivityTypes.ConversationUpdate, MembersAdded.Count: > 0 } => [Reply(inbound, Welcome, "Ja", "Nee")],
            { Type: ActivityTypes.Message, Text: "boom" } => throw new InvalidOperationException("The test bot fails on purpose."),
            { Type: ActivityTypes.Message, Text: "Ja" } => [Reply(inbound, AskName)],
            { Type: ActivityTypes.Message } => [new Activity { Type = ActivityTypes.Typing }, Reply(inbound, $"Fijn je te leren kennen, {inbound.Text}.")],
            _ => [],
        };
        return Task.FromResult(replies);
    }

    private static Activity Reply(Activity inbound, string text, params string[] choices) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Locale = "nl-BE",
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = inbound.Conversation,
        ReplyToId = inbound.Type == ActivityTypes.Message ? inbound.Id : null,
        InputHint = "expectingInput",
        SuggestedActions = choices.Length == 0 ? null : new SuggestedActions
        {
            Actions = [.. choices.Select(c => new CardAction { Type = "imBack", Title = c, Value = JsonSerializer.SerializeToElement(c) })],
        },
    };
}
