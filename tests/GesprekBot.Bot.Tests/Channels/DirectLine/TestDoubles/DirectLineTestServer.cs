using System.Net;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 on a free port, with (optionally) a test store and a
/// test processor; without them it runs the app's own store and turn pipeline. Direct Line keeps
/// its conversations in the app's database: a temp folder of the server's own, or
/// <c>dataDirectory</c> to share one between a server and its restart. Tests talk to it over real
/// HTTP and WebSockets, as a browser would.
/// </summary>
public sealed class DirectLineTestServer : IAsyncDisposable
{
    public const string Secret = "test-secret-for-direct-line-0123456789";

    private readonly WebApplicationFactory<Program> factory;
    private readonly DirectoryInfo? ownData;

    private DirectLineTestServer(WebApplicationFactory<Program> factory, Uri baseAddress, DirectoryInfo? ownData)
    {
        this.factory = factory;
        this.ownData = ownData;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => factory.Services;

    public static DirectLineTestServer Start(
        IStateStore? store,
        IActivityProcessor? processor = null,
        TimeProvider? time = null,
        IDictionary<string, string?>? settings = null,
        int port = 0,
        string? dataDirectory = null)
    {
        var ownData = dataDirectory is null ? Directory.CreateTempSubdirectory("gesprekbot-dl-") : null;
        var configuration = new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret, ["Storage:DataDirectory"] = dataDirectory ?? ownData!.FullName };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(configuration));
            builder.ConfigureTestServices(services =>
            {
                if (store is not null)
                {
                    services.AddSingleton(store);
                }
                if (processor is not null)
                {
                    services.AddSingleton(processor);
                }

                if (time is not null)
                {
                    services.AddSingleton(time);
                }
            });
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DirectLineTestServer(factory, new Uri(address), ownData);
    }

    public DirectLineTestClient Client() => new(Http);

    /// <summary>A loopback port free right now, to start a second host at the same address (same browser origin).</summary>
    public static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await factory.DisposeAsync();
        try
        {
            ownData?.Delete(recursive: true);
        }
        catch (IOException)
        {
            // best effort: a leftover temp folder must not fail a test
        }
    }
}
