using System.Net;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Tests.Channels.BotFramework;

public class ChannelLoggingTests
{
    [Fact]
    public async Task Without_app_id_the_app_warns_once_at_start()
    {
        using var app = new BotApp();

        using var first = await app.PostAsync(BotApp.Message());
        using var second = await app.PostAsync(BotApp.Message());

        Assert.Single(app.Logs.Lines, l => l.StartsWith("Warning: Bot:MicrosoftAppId is not set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task User_text_never_reaches_the_log_even_when_things_fail()
    {
        const string Secret = "GEHEIM-4711";
        using var app = new BotApp(processor: new FakeActivityProcessor(Reply.Say(Secret)));
        app.ChannelResponses.Enqueue(() => new HttpResponseMessage(HttpStatusCode.Forbidden));

        using var response = await app.PostAsync(BotApp.Message().Replace("\"text\":\"hallo\"", $"\"text\":\"{Secret}\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains(app.Logs.Lines, l => l.Contains("could not be delivered to conversation a:conv 1", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(Secret, StringComparison.Ordinal));
    }
}
