using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;
using GesprekBot.EndToEnd.Tests.Chat;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GesprekBot.EndToEnd.Tests.Website;

/// <summary>
/// Clients meet the bot on the organisation's own site, in real Chromium: the bot on one origin,
/// the site on another (another port), a third site that is not configured.
/// </summary>
public sealed class OrganisationSiteBrowserTests : IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("gesprekbot-e2e-").FullName;
    private readonly List<string> console = [];
    private OrganisationSite allowed = null!;
    private OrganisationSite other = null!;
    private DirectLineTestServer bot = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        allowed = await OrganisationSite.StartAsync();
        other = await OrganisationSite.StartAsync();
        bot = DirectLineTestServer.Start(store: null, settings: new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["DirectLine:AllowedOrigins:0"] = allowed.Origin,
            ["ChatPage:FrameAncestors:0"] = allowed.Origin,
        });
        allowed.Bot = bot.BaseAddress;
        other.Bot = bot.BaseAddress;
        Assert.NotEqual(allowed.Origin, bot.BaseAddress.GetLeftPart(UriPartial.Authority));
        playwright = await BrowserLauncher.CreatePlaywrightAsync();
        browser = await BrowserLauncher.LaunchAsync(playwright);
        SetDefaultExpectTimeout(20_000);
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await bot.DisposeAsync();
        await allowed.DisposeAsync();
        await other.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task Web_Chat_on_an_allowed_site_starts_a_conversation_with_the_bot_and_shows_its_first_message()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(new Uri(allowed.Address, "/webchat.html").ToString());

        await Expect(page.GetByText(DialogTexts.Opening("Welcome")).First).ToBeVisibleAsync();
        await Expect(page.GetByText(DialogTexts.Opening("ConsentQuestion")).First).ToBeVisibleAsync();
        // And it is a working conversation, not just a replayed greeting: the client answers.
        await page.GetByLabel("Voorgestelde acties").GetByRole(AriaRole.Button, new() { Name = DialogTexts.Get("ChoiceYes"), Exact = true }).ClickAsync();
        await Expect(page.GetByText(DialogTexts.Opening("NameQuestion")).First).ToBeVisibleAsync();
        Assert.DoesNotContain(Console(), line => line.Contains("CORS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_embed_on_an_allowed_site_shows_the_chat_page_in_a_frame_with_the_first_question()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(new Uri(allowed.Address, "/embed.html").ToString());

        var frame = page.FrameLocator("iframe[title='Chat met GesprekBot']");
        await Expect(frame.GetByText(DialogTexts.Opening("Welcome")).First).ToBeVisibleAsync();
        await Expect(frame.GetByText(DialogTexts.Opening("ConsentQuestion")).First).ToBeVisibleAsync();
        var src = await page.Locator("iframe").GetAttributeAsync("src");
        Assert.Equal(new Uri(bot.BaseAddress, "/?invite=INTAKE-0042").ToString(), src);
        Assert.DoesNotContain(Console(), line => line.Contains("frame-ancestors", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_site_that_is_not_allowed_gets_neither_a_chat_token_nor_the_framed_chat()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(new Uri(other.Address, "/webchat.html").ToString());
        await Expect(page).ToHaveTitleAsync("failed: Failed to fetch");
        Assert.Contains(Console(), line => line.Contains("blocked by CORS policy", StringComparison.Ordinal));

        lock (console)
        {
            console.Clear();
        }

        await page.GotoAsync(new Uri(other.Address, "/embed.html").ToString());
        await Expect(page.Locator("iframe")).ToHaveCountAsync(1);
        await WaitForAsync(() => Console().Any(line => line.Contains("frame-ancestors", StringComparison.Ordinal)), "Chromium refuses the frame for its frame-ancestors");
        await Expect(page.FrameLocator("iframe").Locator("#webchat")).ToHaveCountAsync(0);
    }

    private List<string> Console()
    {
        lock (console)
        {
            return [.. console];
        }
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await browser.NewContextAsync(new() { Locale = "nl-BE" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        page.Console += (_, message) => { lock (console) { console.Add(message.Text); } };
        return page;
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        for (var waited = 0; waited < 20_000; waited += 100)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Timed out waiting until {what}.");
    }
}
