using System.Net;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Bot.Tests.Turns;
using GesprekBot.Dialogs.Engine.State;
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
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Probes_answer_ok_on_the_embedded_default(string path)
    {
        using var host = new BotHost(data.Path);

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_fails_when_the_store_cannot_be_reached_but_liveness_does_not()
    {
        var store = new Mock<IStateStore>();
        store.Setup(s => s.PingAsync(It.IsAny<CancellationToken>())).ReturnsAsync(false);
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Storage:DataDirectory", data.Path);
            web.ConfigureTestServices(services => services.AddSingleton(store.Object));
        });
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
