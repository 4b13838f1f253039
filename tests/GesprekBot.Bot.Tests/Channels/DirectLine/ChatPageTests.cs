using System.Net;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

public sealed class ChatPageTests : IAsyncLifetime
{
    private readonly DirectLineTestServer server = DirectLineTestServer.Start(new InMemoryStateStore(), new ConsentTestProcessor());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task The_page_is_Dutch_loads_only_its_own_scripts_and_sends_security_headers()
    {
        using var response = await server.Http.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>GesprekBot – bereid je gesprek voor</title>", html, StringComparison.Ordinal);
        Assert.Matches("<script src=\"lib/webchat\\.[a-z0-9]+\\.js\" defer></script>", html);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains($"connect-src 'self' ws://{server.BaseAddress.Authority}", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Each_response_gets_its_own_style_nonce_and_the_page_carries_it()
    {
        using var first = await server.Http.GetAsync(new Uri("/", UriKind.Relative));
        using var second = await server.Http.GetAsync(new Uri("/", UriKind.Relative));
        var nonce = NonceOf(first);

        Assert.NotEqual(nonce, NonceOf(second));
        Assert.Contains($"<meta name=\"csp-nonce\" content=\"{nonce}\">", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invite_in_the_query_is_never_reflected_into_the_page()
    {
        using var response = await server.Http.GetAsync(new Uri("/?invite=%3Cscript%3Ealert(1)%3C%2Fscript%3E", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("alert(1)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chat.js", "text/javascript")]
    [InlineData("/chat.css", "text/css")]
    [InlineData("/lib/webchat.js", "text/javascript")]
    public async Task The_page_files_are_served_locally_with_nosniff(string path, string contentType)
    {
        using var response = await server.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/index.html")]
    [InlineData("/ChatPage.html")]
    [InlineData("/.gitignore")]
    public async Task The_page_template_and_repository_files_are_not_served_as_static_files(string path)
    {
        using var response = await server.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static string NonceOf(HttpResponseMessage response)
    {
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var start = csp.IndexOf("'nonce-", StringComparison.Ordinal) + "'nonce-".Length;
        return csp[start..csp.IndexOf('\'', start)];
    }
}
