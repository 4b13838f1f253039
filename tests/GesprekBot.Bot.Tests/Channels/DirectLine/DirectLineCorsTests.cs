using System.Net;
using System.Net.Http.Json;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Web Chat on an organisation's own page (another origin) calls the chat token endpoint and
/// Direct Line: preflights name exactly what DirectLineJS 0.15 sends (RxJS 5's ajax adds
/// X-Requested-With), and only configured origins get an answer a browser accepts.
/// </summary>
public sealed class DirectLineCorsTests : IAsyncLifetime
{
    private const string Partner = "https://partner.example";

    // What Chromium puts in Access-Control-Request-Headers for DirectLineJS's POST /conversations.
    private const string DirectLineJsHeaders = "authorization,content-type,x-ms-bot-agent,x-requested-with";

    private readonly DirectLineTestServer server = DirectLineTestServer.Start(
        new InMemoryStateStore(),
        new ConsentTestProcessor(),
        settings: new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = Partner });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("/v3/directline/conversations", "POST")]
    [InlineData("/v3/directline/conversations/abc/activities", "POST")]
    [InlineData("/v3/directline/conversations/abc/activities", "GET")]
    [InlineData("/v3/directline/conversations/abc", "GET")]
    [InlineData("/v3/directline/tokens/refresh", "POST")]
    [InlineData("/api/chat/token", "POST")]
    public async Task A_preflight_from_an_allowed_origin_allows_what_DirectLineJS_sends(string path, string method)
    {
        using var response = await PreflightAsync(path, Partner, method, DirectLineJsHeaders);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Partner, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToUpperInvariant().Split(',', StringSplitOptions.TrimEntries);
        foreach (var header in DirectLineJsHeaders.ToUpperInvariant().Split(','))
        {
            Assert.Contains(header, allowed);
        }

        Assert.Contains(method, string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"), "No credentials: the chat uses bearer tokens, never cookies.");
    }

    [Theory]
    [InlineData("/v3/directline/conversations")]
    [InlineData("/api/chat/token")]
    public async Task A_preflight_from_another_origin_gets_no_CORS_answer(string path)
    {
        using var response = await PreflightAsync(path, "https://evil.example", "POST", DirectLineJsHeaders);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Headers"));
    }

    [Fact]
    public async Task A_preflight_asking_for_a_header_DirectLineJS_does_not_send_is_not_granted_it()
    {
        using var response = await PreflightAsync("/v3/directline/conversations", Partner, "POST", "authorization,x-custom-secret");

        var allowed = response.Headers.TryGetValues("Access-Control-Allow-Headers", out var values) ? string.Join(",", values).ToUpperInvariant() : "";
        Assert.DoesNotContain("X-CUSTOM-SECRET", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chat_token_from_an_allowed_origin_carries_the_CORS_header_and_the_invite()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat/token") { Content = JsonContent.Create(new { invite = "INTAKE-0042" }) };
        request.Headers.Add("Origin", Partner);

        using var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Partner, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.StartsWith("dl1.", (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["token"].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://partner.example/")]
    [InlineData("https://partner.example/chat")]
    [InlineData("partner.example")]
    [InlineData("ftp://partner.example")]
    public async Task An_allowed_origin_that_is_not_an_origin_stops_the_app_at_start(string origin)
    {
        var failure = await Record.ExceptionAsync(async () =>
        {
            await using var misconfigured = DirectLineTestServer.Start(new InMemoryStateStore(), new ConsentTestProcessor(), settings: new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = origin });
        });

        Assert.Contains("DirectLine:AllowedOrigins", failure?.ToString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string path, string origin, string method, string headers)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", method);
        preflight.Headers.Add("Access-Control-Request-Headers", headers);
        return await server.Http.SendAsync(preflight);
    }
}
