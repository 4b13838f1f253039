using System.Net;
using System.Text.RegularExpressions;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Tests.Channels.BotFramework;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Dialogs.Intake;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Review;

/// <summary>The real app in memory with SQLite in a temp folder, a hand-moved clock and helpers to sign in.</summary>
internal sealed partial class ReviewHost : IDisposable
{
    public const string Password = "correct horse battery";

    private readonly TempDirectory data = new();
    private readonly WebApplicationFactory<Program> factory;

    public ReviewHost(IReadOnlyDictionary<string, string>? settings = null)
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Storage:DataDirectory", data.Path);
            web.UseSetting("Review:DefaultOrganisation", "CAW Oost");
            web.UseSetting("Review:PublicBaseUrl", "https://bot.example");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                web.UseSetting(key, value);
            }
            web.ConfigureLogging(logging => logging.AddProvider(Logs));
            web.ConfigureServices(services => services.AddSingleton<TimeProvider>(Time));
        });
    }

    public FakeTimeProvider Time { get; } = new(ReviewSamples.At.AddDays(1));

    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => factory.Services;

    /// <summary>The app's data folder; write legacy documents here before the first use of <see cref="Services"/> starts the app.</summary>
    public string DataDirectory => data.Path;

    public HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client whose cookies the test can read and copy (a stolen session cookie).</summary>
    public HttpClient NewClient(CookieContainer cookies) => factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

    public async Task AddCaseworkerAsync(string email, string organisation, bool admin = false) =>
        Assert.True(await Services.GetRequiredService<CaseworkerStore>().AddAsync(email, email.Split('@')[0], organisation, admin, Password, CancellationToken.None));

    public Task SeedAsync(IntakeRecord record) => Services.GetRequiredService<IIntakeRepository>().SaveAsync(record);

    /// <summary>Signs in through the real form (with its antiforgery token); returns the response to the POST.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password)
    {
        var token = await TokenAsync(client, "/review/signin");
        return await client.PostAsync("/review/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task<HttpClient> SignedInAsync(ReviewHost host, string email)
    {
        var client = host.NewClient();
        var response = await SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client, page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public void Dispose()
    {
        factory.Dispose();
        data.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
