using System.Net;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

/// <summary>The chat page in an iframe on the organisation's site: only configured sites may frame it.</summary>
public sealed class ChatPageEmbedTests
{
    [Fact]
    public async Task Without_configuration_no_site_may_frame_the_page()
    {
        await using var server = DirectLineTestServer.Start(new InMemoryStateStore(), new ConsentTestProcessor());

        Assert.Contains("frame-ancestors 'none'", await CspAsync(server), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_configured_sites_and_only_those_may_frame_the_page()
    {
        await using var server = DirectLineTestServer.Start(new InMemoryStateStore(), new ConsentTestProcessor(), settings: new Dictionary<string, string?>
        {
            ["ChatPage:FrameAncestors:0"] = "https://www.caw-oost.example",
            ["ChatPage:FrameAncestors:1"] = "https://hulp.caw-oost.example",
        });

        var directives = (await CspAsync(server)).Split(';', StringSplitOptions.TrimEntries);

        Assert.Contains("frame-ancestors https://www.caw-oost.example https://hulp.caw-oost.example", directives);
    }

    [Theory]
    [InlineData("https://www.caw-oost.example; script-src *")]
    [InlineData("'self' https://a.example")]
    [InlineData("*")]
    [InlineData("https://*.example")]
    public async Task A_frame_ancestor_that_is_not_an_origin_stops_the_app_at_start(string value)
    {
        var failure = await Record.ExceptionAsync(async () =>
        {
            await using var server = DirectLineTestServer.Start(new InMemoryStateStore(), new ConsentTestProcessor(), settings: new Dictionary<string, string?> { ["ChatPage:FrameAncestors:0"] = value });
        });

        Assert.Contains("ChatPage:FrameAncestors", failure?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embed_script_is_served_at_a_stable_name_and_revalidated()
    {
        await using var server = DirectLineTestServer.Start(new InMemoryStateStore(), new ConsentTestProcessor());

        using var response = await server.Http.GetAsync(new Uri("/embed.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    private static async Task<string> CspAsync(DirectLineTestServer server)
    {
        using var response = await server.Http.GetAsync(new Uri("/?invite=INTAKE-0042", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
    }
}
