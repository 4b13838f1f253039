using System.Net;
using System.Text.Json;
using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Tests.Channels.BotFramework;

public class TurnOutcomeTests
{
    [Fact]
    public async Task Invoke_answered_by_the_processor_returns_its_status_and_body()
    {
        var processor = new FakeActivityProcessor
        {
            Respond = _ => [new Activity
            {
                Type = ActivityTypes.InvokeResponse,
                Value = JsonSerializer.SerializeToElement(new { status = 200, body = new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "ok" } }),
            }],
        };
        using var app = new BotApp(processor: processor);

        using var response = await app.PostAsync(BotApp.Message().Replace("\"type\":\"message\"", "\"type\":\"invoke\",\"name\":\"adaptiveCard/action\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("value").GetString());
        Assert.Empty(app.Channel.Requests);
    }

    [Fact]
    public async Task Failing_turn_gives_500_with_a_json_error_and_no_detail()
    {
        var processor = new FakeActivityProcessor { Respond = _ => throw new InvalidOperationException("secret detail") };
        using var app = new BotApp(processor: processor);

        using var response = await app.PostAsync(BotApp.Message());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("InternalError", json.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Unreachable_openid_metadata_gives_503_not_401()
    {
        var settings = BotApp.AuthOn();
        settings["Bot:OpenIdMetadataUrl"] = "https://login.test/missing";
        using var app = new BotApp(settings);

        using var response = await app.PostAsync(BotApp.Message(), app.Tokens.Channel(BotApp.ServiceUrl));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(app.Processor.Received);
    }

    [Fact]
    public async Task Trace_replies_go_only_to_the_emulator()
    {
        var processor = new FakeActivityProcessor
        {
            Respond = inbound =>
            {
                var trace = ReplyAddressing.CreateReply(inbound);
                trace.Type = ActivityTypes.Trace;
                return [trace];
            },
        };
        using var app = new BotApp(processor: processor);

        using var teams = await app.PostAsync(BotApp.Message("msteams"));
        using var emulator = await app.PostAsync(BotApp.Message("emulator", "http://localhost:5000"));

        var sent = Assert.Single(app.Channel.Requests);
        Assert.StartsWith("http://localhost:5000/", sent.Uri.AbsoluteUri, StringComparison.Ordinal);
    }
}
