using System.Text.Json;
using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Tests.Protocol;

/// <summary>Inbound activities as channels send them, parsed from JSON like the endpoint does.</summary>
internal static class TestActivities
{
    public static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;

    public static Activity Message(string channelId, string text = "hallo", string id = "act-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = channelId,
        ServiceUrl = "https://channel.example/",
        Text = text,
        Locale = "nl-BE",
        From = new ChannelAccount { Id = "user-1", Name = "Ann", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "GesprekBot", Role = "bot" },
        Conversation = new ConversationAccount { Id = "conv-1", ConversationType = "personal" },
    };
}
