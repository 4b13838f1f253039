using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Small data plans: the page names fingerprinted files that are served precompressed (Brotli or
/// gzip, as the browser accepts) and cached for a year; the page itself is revalidated.
/// </summary>
public sealed partial class ChatPageCachingTests : IAsyncLifetime
{
    private readonly DirectLineTestServer server = DirectLineTestServer.Start(new InMemoryStateStore(), new ConsentTestProcessor());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task The_page_is_revalidated_and_names_fingerprinted_files()
    {
        using var response = await server.Http.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal(["chat.css", "chat.js", "lib/webchat.js"], [.. LinkedFiles(html).Select(Unfingerprinted).Order(StringComparer.Ordinal)]);
        Assert.All(LinkedFiles(html), file => Assert.Matches(@"\.[a-z0-9]{10}\.(js|css)$", file));
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    public async Task Web_Chat_comes_precompressed_in_the_best_encoding_the_browser_accepts_and_is_immutable(string acceptEncoding, string expected)
    {
        var webChat = LinkedFiles(await server.Http.GetStringAsync(new Uri("/", UriKind.Relative))).Single(f => f.StartsWith("lib/webchat.", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + webChat);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        using var response = await server.Http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.Single());
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        // The uncompressed bundle is 3.9 MB; what goes over the wire must be a fraction of it.
        Assert.InRange(body.Length, 1, 1_000_000);
    }

    [Fact]
    public async Task A_browser_that_has_the_file_gets_304_for_its_ETag()
    {
        using var first = await server.Http.GetAsync(new Uri("/chat.js", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/chat.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await server.Http.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Without_Accept_Encoding_the_file_is_sent_as_is()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/chat.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("identity"));

        using var response = await server.Http.SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("GesprekBot", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> LinkedFiles(string html) => LinkPattern().Matches(html).Select(m => m.Groups["file"].Value);

    private static string Unfingerprinted(string file) => FingerprintPattern().Replace(file, ".");

    [GeneratedRegex("(?:src|href)=\"(?<file>[^\"]+\\.(?:js|css))\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\.[a-z0-9]{10}\.")]
    private static partial Regex FingerprintPattern();
}
