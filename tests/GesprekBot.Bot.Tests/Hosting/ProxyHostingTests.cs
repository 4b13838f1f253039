using System.Net;
using GesprekBot.Bot.Tests.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Hosting;

/// <summary>
/// Behind a TLS proxy the review's cookies are Secure and HSTS is sent; a forwarded header from a
/// caller who is not the configured proxy changes nothing.
/// </summary>
public sealed class ProxyHostingTests
{
    [Theory]
    [InlineData("Hosting:Proxy:TrustAllProxies", "true")]
    [InlineData("Hosting:Proxy:KnownProxies:0", "198.51.100.7")]
    [InlineData("Hosting:Proxy:KnownNetworks:0", "198.51.100.0/24")]
    public async Task Behind_the_configured_proxy_https_is_believed_cookies_are_secure_and_hsts_is_sent(string key, string value)
    {
        using var host = new Host(new Dictionary<string, string>
        {
            ["environment"] = "Production",
            [key] = value,
        });

        using var response = await SignInPageAsync(host);

        Assert.Contains(Cookies(response), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.All(Cookies(response), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Without_a_configured_proxy_forwarded_headers_are_ignored()
    {
        using var host = new Host(new Dictionary<string, string> { ["environment"] = "Production" });

        using var response = await SignInPageAsync(host);

        Assert.NotEmpty(Cookies(response));
        Assert.All(Cookies(response), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_proxy_that_is_not_the_configured_one_is_not_believed()
    {
        using var host = new Host(new Dictionary<string, string>
        {
            ["environment"] = "Production",
            ["Hosting:Proxy:KnownProxies:0"] = "10.0.0.4",
        });

        using var response = await SignInPageAsync(host);

        Assert.All(Cookies(response), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<HttpResponseMessage> SignInPageAsync(Host host)
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/review/signin");
        // HSTS is never sent for localhost; the proxy passes the public host name on.
        request.Headers.Host = "bot.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        return await client.SendAsync(request);
    }

    private static List<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    /// <summary>The app with a real client address on every request, as Kestrel gives it (the test server gives none).</summary>
    private sealed class Host : IDisposable
    {
        private readonly TempDirectory data = new();

        public Host(IReadOnlyDictionary<string, string> settings) =>
            Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseSetting("Storage:DataDirectory", data.Path);
                foreach (var (key, value) in settings)
                {
                    web.UseSetting(key, value);
                }

                web.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ClientAddress()));
            });

        public WebApplicationFactory<Program> Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            data.Dispose();
        }
    }

    private sealed class ClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.7");
                return following(context);
            });
            next(app);
        };
    }
}
