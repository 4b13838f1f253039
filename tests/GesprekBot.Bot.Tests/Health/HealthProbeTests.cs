using System.Net;
using System.Security.Cryptography;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Bot.Tests.Turns;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace GesprekBot.Bot.Tests.Health;

public sealed class HealthProbeTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    [Theory]
    [InlineData("/healthz", """{"status":"ok"}""")]
    [InlineData("/readyz", """{"status":"ready"}""")]
    public async Task Probes_answer_ok_on_the_embedded_default(string path, string body)
    {
        using var host = new BotHost(data.Path);

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_fails_when_the_store_cannot_be_reached_but_liveness_does_not()
    {
        var store = new Mock<IStateStore>();
        store.Setup(s => s.PingAsync(It.IsAny<CancellationToken>())).ReturnsAsync(false);
        using var client = Client(services => services.AddSingleton(store.Object));

        var (ready, live) = await ProbeAsync(client);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, """{"status":"unavailable","reason":"store unreachable"}"""), ready);
        Assert.Equal(HttpStatusCode.OK, live.Status);
    }

    [Fact]
    public async Task A_store_that_throws_is_not_ready_and_its_message_is_not_shown()
    {
        var store = new Mock<IStateStore>();
        store.Setup(s => s.PingAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("Host=db.internal;Username=bot"));
        using var client = Client(services => services.AddSingleton(store.Object));

        var (ready, _) = await ProbeAsync(client);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, """{"status":"unavailable","reason":"store unreachable"}"""), ready);
    }

    [Fact]
    public async Task Readiness_fails_when_the_key_ring_cannot_unprotect()
    {
        var protector = new Mock<IDataProtector>();
        protector.Setup(p => p.CreateProtector(It.IsAny<string>())).Returns(() => protector.Object);
        protector.Setup(p => p.Protect(It.IsAny<byte[]>())).Returns<byte[]>(plain => plain);
        protector.Setup(p => p.Unprotect(It.IsAny<byte[]>())).Throws(new CryptographicException("The key {00000000-0000-0000-0000-000000000000} was not found in the key ring."));
        var provider = new Mock<IDataProtectionProvider>();
        provider.Setup(p => p.CreateProtector(It.IsAny<string>())).Returns(protector.Object);
        using var client = Client(services => services.AddSingleton(provider.Object));

        var (ready, live) = await ProbeAsync(client);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, """{"status":"unavailable","reason":"key ring unusable"}"""), ready);
        Assert.Equal(HttpStatusCode.OK, live.Status);
    }

    private HttpClient Client(Action<IServiceCollection> replace) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Storage:DataDirectory", data.Path);
            web.ConfigureTestServices(replace);
        }).CreateClient();

    private static async Task<((HttpStatusCode Status, string Body) Ready, (HttpStatusCode Status, string Body) Live)> ProbeAsync(HttpClient client)
    {
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        return ((ready.StatusCode, await ready.Content.ReadAsStringAsync()), (live.StatusCode, await live.Content.ReadAsStringAsync()));
    }
}
