using System.Text.Json;
using System.Text.Json.Nodes;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Protocol.Cards;

/// <summary>
/// A hero card that only carries buttons: used when a reply has more choices than the channel
/// shows as suggested actions (Teams: 3). The message text stays in the activity's text.
/// </summary>
public static class HeroCardBuilder
{
    public static Attachment ForChoices(IReadOnlyList<ReplyChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var buttons = new JsonArray();
        foreach (var choice in choices)
        {
            buttons.Add(new JsonObject { ["type"] = "imBack", ["title"] = choice.Title, ["value"] = choice.SentText });
        }

        var content = new JsonObject { ["buttons"] = buttons };
        return new Attachment { ContentType = CardContentTypes.Hero, Content = JsonSerializer.SerializeToElement(content) };
    }
}
