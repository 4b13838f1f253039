using System.Text.Json;
using System.Text.Json.Nodes;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Protocol.Cards;

/// <summary>
/// Builds Adaptive Cards 1.5 (the highest Teams renders for bot-sent cards). Everything the dialogs
/// or the user wrote goes in as a JSON string value, so it can never change the card's structure,
/// and as a <c>TextRun</c>, which hosts show as it is: a TextBlock or a fact would read markdown
/// ("[klik](https://…)" would become a link), and a client's answers are quoted on these cards.
/// </summary>
public static class AdaptiveCardBuilder
{
    public const string Version = "1.5";

    /// <summary>Teams shows at most six actions in a row; more would go into an overflow menu or be lost.</summary>
    internal const int ActionsPerRow = 5;

    /// <summary>A summary card: title, text, facts, and buttons that send their text (Web Chat: as a message).</summary>
    public static Attachment Build(ReplyCard card) => Build(card, null);

    /// <summary>
    /// A summary card; with <paramref name="submit"/> its buttons send <see cref="CardSubmit"/> data
    /// (Teams), else their text as string data (Web Chat turns that into the message text, an imBack).
    /// </summary>
    public static Attachment Build(ReplyCard card, Func<ReplyChoice, CardSubmit>? submit)
    {
        ArgumentNullException.ThrowIfNull(card);
        var body = new JsonArray();
        if (!string.IsNullOrEmpty(card.Title))
        {
            body.Add(Text(card.Title, heading: true));
        }

        if (!string.IsNullOrEmpty(card.Text))
        {
            body.Add(Text(card.Text, heading: false));
        }

        foreach (var (label, value) in card.Facts)
        {
            // A fact without a label says nothing; an empty value is shown as "-" (hosts drop empty text).
            if (!string.IsNullOrEmpty(label))
            {
                body.Add(Fact(label, string.IsNullOrEmpty(value) ? "-" : value));
            }
        }

        var content = Card(body);
        if (card.Buttons.Count > 0)
        {
            content["actions"] = Actions(card.Buttons, submit);
        }

        return Attach(content);
    }

    /// <summary>A question with its choices as buttons in rows (Teams: choices never become suggested actions there).</summary>
    public static Attachment ForChoices(string? question, IReadOnlyList<ReplyChoice> choices, Func<ReplyChoice, CardSubmit> submit)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(submit);
        var body = new JsonArray();
        if (!string.IsNullOrEmpty(question))
        {
            body.Add(Text(question, heading: false));
        }

        foreach (var row in choices.Chunk(ActionsPerRow))
        {
            body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = Actions(row, submit) });
        }

        return Attach(Card(body));
    }

    private static JsonObject Card(JsonArray body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["body"] = body,
    };

    private static JsonArray Actions(IEnumerable<ReplyChoice> buttons, Func<ReplyChoice, CardSubmit>? submit)
    {
        var actions = new JsonArray();
        foreach (var button in buttons)
        {
            JsonNode? data = submit is null ? JsonValue.Create(button.SentText) : submit(button).ToData();
            actions.Add(new JsonObject { ["type"] = "Action.Submit", ["title"] = button.Title, ["data"] = data });
        }

        return actions;
    }

    private static JsonObject Text(string text, bool heading)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        if (heading)
        {
            run["weight"] = "Bolder";
            run["size"] = "Medium";
        }

        return new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray(run) };
    }

    private static JsonObject Fact(string label, string value) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray(
            new JsonObject { ["type"] = "TextRun", ["text"] = label + ": ", ["weight"] = "Bolder" },
            new JsonObject { ["type"] = "TextRun", ["text"] = value }),
    };

    private static Attachment Attach(JsonObject content) =>
        new() { ContentType = CardContentTypes.Adaptive, Content = JsonSerializer.SerializeToElement(content) };
}
