using System.Net;
using System.Text.Json;
using GesprekBot.Bot.Protocol.Auth;
using GesprekBot.Dialogs.Engine.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Channels.BotFramework;

public class ChannelAuthenticationTests
{
    [Fact]
    public async Task Valid_channel_token_is_accepted()
    {
        using var app = new BotApp(BotApp.AuthOn());

        using var response = await app.PostAsync(BotApp.Message(), app.Tokens.Channel(BotApp.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Processor.Received);
    }

    [Fact]
    public async Task Service_url_claim_compares_case_insensitively()
    {
        using var app = new BotApp(BotApp.AuthOn());

        using var response = await app.PostAsync(BotApp.Message(), app.Tokens.Channel(BotApp.ServiceUrl.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_key_id_refreshes_the_keys_once_and_then_validates()
    {
        using var app = new BotApp(BotApp.AuthOn());
        app.Tokens.StaleKeySets = 1;

        using var response = await app.PostAsync(BotApp.Message(), app.Tokens.Channel(BotApp.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, app.Identity.Requests.Count(r => r.Uri.AbsoluteUri == "https://login.test/v1/keys"));
    }

    [Fact]
    public async Task Configured_issuers_replace_the_default()
    {
        var settings = BotApp.AuthOn();
        settings["Bot:ValidIssuers:0"] = "https://issuer.test";
        using var app = new BotApp(settings);

        using var configured = await app.PostAsync(BotApp.Message(), app.Tokens.Channel(BotApp.ServiceUrl, issuer: "https://issuer.test"));
        using var standard = await app.PostAsync(BotApp.Message(), app.Tokens.Channel(BotApp.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, configured.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, standard.StatusCode);
    }

    [Fact]
    public async Task Missing_header_is_401()
    {
        using var app = new BotApp(BotApp.AuthOn());

        using var response = await app.PostAsync(BotApp.Message());

        await AssertUnauthorized(response);
        Assert.Empty(app.Processor.Received);
    }

    public static TheoryData<string> BadTokens => ["expired", "audience", "issuer", "signature", "serviceurl", "garbage"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Bad_channel_token_is_401(string defect)
    {
        using var app = new BotApp(BotApp.AuthOn());
        var token = defect switch
        {
            "expired" => app.Tokens.Channel(BotApp.ServiceUrl, expiresIn: TimeSpan.FromMinutes(-10)),
            "audience" => app.Tokens.Channel(BotApp.ServiceUrl, audience: "another-bot"),
            "issuer" => app.Tokens.Channel(BotApp.ServiceUrl, issuer: "https://evil.example"),
            "signature" => app.Tokens.Channel(BotApp.ServiceUrl, strangerSigns: true),
            "serviceurl" => app.Tokens.Channel("https://evil.example/"),
            _ => "not-a-jwt",
        };

        using var response = await app.PostAsync(BotApp.Message(), token);

        await AssertUnauthorized(response);
        Assert.Empty(app.Processor.Received);
    }

    [Fact]
    public async Task Token_within_clock_skew_is_still_accepted()
    {
        using var app = new BotApp(BotApp.AuthOn());

        using var response = await app.PostAsync(BotApp.Message(), app.Tokens.Channel(BotApp.ServiceUrl, expiresIn: TimeSpan.FromMinutes(-2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Channel_the_signing_key_does_not_endorse_is_401()
    {
        using var app = new BotApp(BotApp.AuthOn());

        using var response = await app.PostAsync(BotApp.Message(channelId: "webchat"), app.Tokens.Channel(BotApp.ServiceUrl));

        await AssertUnauthorized(response);
    }

    [Fact]
    public async Task Emulator_v1_and_v2_tokens_for_our_app_are_accepted()
    {
        using var app = new BotApp(BotApp.AuthOn());

        using var v1 = await app.PostAsync(BotApp.Message("emulator", "http://localhost:5000"), app.Tokens.EmulatorV1());
        using var v2 = await app.PostAsync(BotApp.Message("emulator", "http://localhost:5000"), app.Tokens.EmulatorV2());

        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, v2.StatusCode);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task Emulator_token_for_a_channel_other_than_emulator_is_401(string channelId)
    {
        using var app = new BotApp(BotApp.AuthOn());

        using var response = await app.PostAsync(BotApp.Message(channelId, "http://localhost:5000"), app.Tokens.EmulatorV2());

        await AssertUnauthorized(response);
        Assert.Empty(app.Processor.Received);
    }

    [Fact]
    public async Task Emulator_tokens_can_be_switched_off()
    {
        var settings = BotApp.AuthOn();
        settings["Bot:AllowEmulator"] = "false";
        using var app = new BotApp(settings);

        using var response = await app.PostAsync(BotApp.Message("emulator", "http://localhost:5000"), app.Tokens.EmulatorV2());

        await AssertUnauthorized(response);
        Assert.Contains(app.Logs.Lines, l => l.Contains("Bot:AllowEmulator", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Emulator_token_for_another_app_is_401()
    {
        using var app = new BotApp(BotApp.AuthOn());

        using var v1 = await app.PostAsync(BotApp.Message("emulator", "http://localhost:5000"), app.Tokens.EmulatorV1("other-app"));
        using var v2 = await app.PostAsync(BotApp.Message("emulator", "http://localhost:5000"), app.Tokens.EmulatorV2("other-app"));

        await AssertUnauthorized(v1);
        await AssertUnauthorized(v2);
    }

    [Fact]
    public async Task Without_app_id_a_request_with_a_header_is_accepted_and_the_header_ignored()
    {
        using var app = new BotApp();

        using var response = await app.PostAsync(BotApp.Message(), "whatever");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(app.Identity.Requests);
    }

    [Fact]
    public async Task Authenticated_service_url_becomes_trusted_and_replies_carry_the_bot_token()
    {
        using var app = new BotApp(BotApp.AuthOn(withPassword: true), new FakeActivityProcessor(Reply.Say("hoi")));
        var trusted = app.Services.GetRequiredService<TrustedServiceUrls>();
        Assert.False(trusted.IsTrusted(BotApp.ServiceUrl));

        using var first = await app.PostAsync(BotApp.Message(), app.Tokens.Channel(BotApp.ServiceUrl));
        using var second = await app.PostAsync(BotApp.Message(), app.Tokens.Channel(BotApp.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(trusted.IsTrusted("https://CHANNEL.test/emea"));
        Assert.All(app.Channel.Requests, r => Assert.Equal("Bearer " + BotApp.BotToken, r.Authorization));
        // The token was cached: one request to the token endpoint for two replies.
        Assert.Single(app.Identity.Requests, r => r.Uri.AbsoluteUri == BotApp.TokenAuthority + "/oauth2/v2.0/token");
        var tokenRequest = app.Identity.Requests.Single(r => r.Uri.AbsoluteUri == BotApp.TokenAuthority + "/oauth2/v2.0/token");
        Assert.Contains("grant_type=client_credentials", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", tokenRequest.Body, StringComparison.Ordinal);
    }

    private static async Task AssertUnauthorized(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unauthorized", json.RootElement.GetProperty("error").GetProperty("code").GetString());
    }
}
