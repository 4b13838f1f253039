using System.Text.Json;
using System.Text.Json.Nodes;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Protocol.Cards;

/// <summary>
/// Builds an Adaptive Card 1.5 (the highest Teams renders for bot-sent cards) from a
/// <see cref="ReplyCard"/>. Everything the dialogs or the user wrote goes in as JSON string
/// values, so it can never change the card's structure.
/// </summary>
public static class AdaptiveCardBuilder
{
    public static Attachment Build(ReplyCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var body = new JsonArray();
        if (!string.IsNullOrEmpty(card.Title))
        {
            body.Add(TextBlock(card.Title, heading: true));
        }

        if (!string.IsNullOrEmpty(card.Text))
        {
            body.Add(TextBlock(card.Text, heading: false));
        }

        var facts = new JsonArray();
        foreach (var (label, value) in card.Facts)
        {
            // Adaptive Cards reject empty fact strings in some hosts; a fact without a label is dropped.
            if (!string.IsNullOrEmpty(label))
            {
                facts.Add(new JsonObject { ["title"] = label, ["value"] = string.IsNullOrEmpty(value) ? "-" : value });
            }
        }

        if (facts.Count > 0)
        {
            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        }

        var content = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };

        var actions = new JsonArray();
        foreach (var button in card.Buttons)
        {
            // String data: Web Chat sends it back as message text (imBack), like a suggested action.
            actions.Add(new JsonObject { ["type"] = "Action.Submit", ["title"] = button.Title, ["data"] = button.SentText });
        }

        if (actions.Count > 0)
        {
            content["actions"] = actions;
        }

        return new Attachment { ContentType = CardContentTypes.Adaptive, Content = JsonSerializer.SerializeToElement(content) };
    }

    private static JsonObject TextBlock(string text, bool heading)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (heading)
        {
            block["weight"] = "Bolder";
            block["size"] = "Medium";
        }

        return block;
    }
}
