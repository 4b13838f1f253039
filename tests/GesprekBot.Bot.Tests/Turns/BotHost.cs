using GesprekBot.Bot.Tests.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GesprekBot.Bot.Tests.Turns;

/// <summary>The whole real app in memory — real pipeline, real dialogs, real SQLite in a folder of the test's.</summary>
internal sealed class BotHost : IDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    public BotHost(string dataDirectory)
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            web.UseSetting("Storage:DataDirectory", dataDirectory));
        Client = factory.CreateClient();
    }

    public HttpClient Client { get; }

    public static TempDirectory NewDataDirectory() => new();

    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
    }
}
