using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using GesprekBot.Bot.Tests.Storage.KeyRing;
using GesprekBot.EndToEnd.Tests.ScaleOut;

namespace GesprekBot.EndToEnd.Tests.Website;

/// <summary>
/// The bot as operations run it from a build (its own process, Production, content root
/// elsewhere): the chat page's files are still found, precompressed and fingerprinted. Static web
/// assets are otherwise only wired up in Development, and the page would get empty scripts.
/// </summary>
public sealed partial class ProductionStaticFilesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("gesprekbot-prod-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task A_production_process_serves_the_page_files_compressed_under_their_fingerprinted_names()
    {
        var certificate = Path.Combine(root, "keyring.pfx");
        TestCertificate.Write(certificate, "geheim");
        await using var bot = await BotProcess.StartAsync("production", new Dictionary<string, string>
        {
            ["Storage:DataDirectory"] = Path.Combine(root, "data"),
            ["Storage:KeysCertificatePath"] = certificate,
            ["Storage:KeysCertificatePassword"] = "geheim",
            ["DirectLine:Secret"] = "production-static-files-test-secret-0123456789",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };

        var html = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        var files = ScriptPattern().Matches(html).Select(m => m.Groups["file"].Value).ToList();

        Assert.Equal(2, files.Count);
        foreach (var file in files)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/" + file);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {response.StatusCode}\n{bot.Output}");
            Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            Assert.True(body.Length > 1000, $"{file}: {body.Length} bytes");
        }
    }

    [GeneratedRegex("<script src=\"(?<file>[^\"]+\\.[a-z0-9]{10}\\.js)\"")]
    private static partial Regex ScriptPattern();
}
