using System.Net;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;
using GesprekBot.Bot.Tests.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

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
    public void A_frame_ancestor_that_is_not_an_origin_stops_the_app_at_start(string value)
    {
        // The in-memory test server, not Kestrel: a Kestrel start that fails could once surface as an
        // ObjectDisposedException instead of the validation error (a race under load).
        using var data = new TempDirectory();
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Storage:DataDirectory", data.Path);
            web.UseSetting("ChatPage:FrameAncestors:0", value);
        });

        var failure = Record.Exception(() => factory.Services);

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
