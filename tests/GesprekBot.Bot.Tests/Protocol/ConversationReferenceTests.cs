using System.Text.Json;
using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Tests.Protocol;

public class ConversationReferenceTests
{
    [Fact]
    public void Reference_survives_json_and_addresses_a_proactive_message()
    {
        var reference = ConversationReference.FromActivity(TestActivities.Message("msteams"));

        var restored = JsonSerializer.Deserialize<ConversationReference>(JsonSerializer.Serialize(reference, ProtocolJson.Options), ProtocolJson.Options)!;
        var message = restored.CreateMessage("Nog even dit");

        Assert.Equal("act-1", restored.ActivityId);
        Assert.Equal("user-1", message.Recipient!.Id);
        Assert.Equal("bot-1", message.From!.Id);
        Assert.Equal("conv-1", message.Conversation!.Id);
        Assert.Equal("https://channel.example/", message.ServiceUrl);
        Assert.Equal("msteams", message.ChannelId);
        Assert.Null(message.ReplyToId);
        Assert.Equal("Nog even dit", message.Text);
    }
}
