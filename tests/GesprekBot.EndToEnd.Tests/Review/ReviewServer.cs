using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GesprekBot.EndToEnd.Tests.Review;

/// <summary>The real app on a real Kestrel port (the browser needs one), SQLite in a temp folder.</summary>
internal sealed class ReviewServer : IDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    public ReviewServer(string dataDirectory)
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Storage:DataDirectory", dataDirectory);
            web.UseSetting("Review:DefaultOrganisation", "CAW Oost");
            web.UseSetting("Urls", BaseAddress.ToString());
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => factory.Services;

    public void Dispose() => factory.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
