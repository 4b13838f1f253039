using System.Text.Json;

namespace GesprekBot.Bot.Tests.Protocol.Cards;

/// <summary>
/// Checks a card against what Adaptive Cards 1.5 defines and Teams renders: known element and action
/// types with their required properties, every text a JSON string, no styles Teams does not support.
/// (The schema itself is not at hand offline; this is the part of it the bot's cards use.)
/// </summary>
internal static class AdaptiveCard15
{
    private static readonly HashSet<string> Elements =
    [
        "TextBlock", "RichTextBlock", "Image", "ImageSet", "Media", "ActionSet", "Container", "ColumnSet", "Column", "FactSet",
        "Table", "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet",
    ];

    private static readonly HashSet<string> Actions = ["Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute"];

    public static void AssertValid(JsonElement card)
    {
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        if (card.TryGetProperty("body", out var body))
        {
            Assert.Equal(JsonValueKind.Array, body.ValueKind);
            foreach (var element in body.EnumerateArray())
            {
                Element(element);
            }
        }

        if (card.TryGetProperty("actions", out var actions))
        {
            ActionList(actions);
        }
    }

    private static void Element(JsonElement element)
    {
        var type = element.GetProperty("type").GetString()!;
        Assert.Contains(type, Elements);
        switch (type)
        {
            case "TextBlock":
                Assert.Equal(JsonValueKind.String, element.GetProperty("text").ValueKind);
                break;
            case "RichTextBlock":
                foreach (var inline in element.GetProperty("inlines").EnumerateArray())
                {
                    Assert.Equal("TextRun", inline.GetProperty("type").GetString());
                    Assert.Equal(JsonValueKind.String, inline.GetProperty("text").ValueKind);
                }

                break;
            case "ActionSet":
                ActionList(element.GetProperty("actions"));
                break;
            case "FactSet":
                foreach (var fact in element.GetProperty("facts").EnumerateArray())
                {
                    Assert.Equal(JsonValueKind.String, fact.GetProperty("title").ValueKind);
                    Assert.Equal(JsonValueKind.String, fact.GetProperty("value").ValueKind);
                }

                break;
        }
    }

    private static void ActionList(JsonElement actions)
    {
        Assert.Equal(JsonValueKind.Array, actions.ValueKind);
        Assert.InRange(actions.GetArrayLength(), 1, 6);
        foreach (var action in actions.EnumerateArray())
        {
            Assert.Contains(action.GetProperty("type").GetString()!, Actions);
            Assert.Equal(JsonValueKind.String, action.GetProperty("title").ValueKind);
            // Teams does not support positive/destructive styles on bot cards (PROTOCOL §5).
            Assert.False(action.TryGetProperty("style", out _));
        }
    }
}
