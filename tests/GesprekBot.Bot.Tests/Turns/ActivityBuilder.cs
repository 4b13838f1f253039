using System.Text.Json;
using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Tests.Turns;

/// <summary>Activities as the Emulator sends them, for pipeline tests.</summary>
internal static class ActivityBuilder
{
    public static Activity Message(string id, string text, string conversation = "conv-1", string user = "user-1", string locale = "nl-BE") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "emulator",
        ServiceUrl = "http://localhost:9999",
        Locale = locale,
        Text = text,
        From = new ChannelAccount { Id = user, Role = "user" },
        Recipient = new ChannelAccount { Id = "bot", Role = "bot" },
        Conversation = new ConversationAccount { Id = conversation },
    };

    public static string ExpectRepliesJson(string id, string text, string conversation = "conv-1")
    {
        var activity = Message(id, text, conversation);
        activity.DeliveryMode = ActivityTypes.ExpectReplies;
        return JsonSerializer.Serialize(activity, ProtocolJson.Options);
    }
}
