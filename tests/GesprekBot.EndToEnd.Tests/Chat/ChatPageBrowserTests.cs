using GesprekBot.Bot.Channels.DirectLine;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GesprekBot.EndToEnd.Tests.Chat;

/// <summary>
/// A client on a phone opens the invite link in real Chromium, with the real Web Chat bundle,
/// the real Direct Line endpoint, the real turn pipeline and SQLite in a temporary folder.
/// </summary>
public sealed class ChatPageBrowserTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("gesprekbot-e2e-").FullName;

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    [Fact]
    public async Task A_client_gives_consent_answers_reloads_and_still_sees_the_conversation()
    {
        await using var server = DirectLineTestServer.Start(store: null, settings: new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory });
        using var playwright = await BrowserLauncher.CreatePlaywrightAsync();
        await using var browser = await BrowserLauncher.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "nl-BE", IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        // Generous: CI shares two cores between several test hosts and the browser.
        page.SetDefaultTimeout(20_000);
        SetDefaultExpectTimeout(20_000);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.StartsWith("Web Chat:", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync(new Uri(server.BaseAddress, "/?invite=INTAKE-0042").ToString());
        await Expect(page).ToHaveTitleAsync("GesprekBot – bereid je gesprek voor");
        await Expect(page.GetByText(DialogTexts.Opening("Welcome")).First).ToBeVisibleAsync();
        await Expect(page.GetByText(DialogTexts.Opening("ConsentQuestion")).First).ToBeVisibleAsync();

        // Web Chat also renders the buttons in a hidden live region for screen readers: click the visible ones.
        await page.GetByLabel("Voorgestelde acties").GetByRole(AriaRole.Button, new() { Name = DialogTexts.Get("ChoiceYes"), Exact = true }).ClickAsync();
        await Expect(page.GetByText(DialogTexts.Opening("NameQuestion")).First).ToBeVisibleAsync();
        // Keyboard only, as someone who cannot use a mouse: Tab to the send box, type, Enter.
        await TabToSendBoxAsync(page);
        await page.Keyboard.TypeAsync("Mira");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText(DialogTexts.Format("NameThanks", "Mira")).First).ToBeVisibleAsync();

        var before = await ConversationIdAsync(page);
        await page.ReloadAsync();
        await Expect(page.GetByText(DialogTexts.Format("NameThanks", "Mira")).First).ToBeVisibleAsync();
        await Expect(page.GetByText("Verbinding maken").Filter(new() { Visible = true })).ToHaveCountAsync(0);
        await Expect(page.GetByText(DialogTexts.Opening("Welcome")).First).ToBeAttachedAsync();
        await Expect(page.GetByText("Mira", new() { Exact = true }).First).ToBeAttachedAsync();
        Assert.Equal(before, await ConversationIdAsync(page));
        var record = await server.Services.GetRequiredService<DirectLineConversationStore>().GetRecordAsync(before, CancellationToken.None);
        Assert.Equal("INTAKE-0042", record?.Invite);

        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "chat-after-reload-phone.png") });
        await page.SetViewportSizeAsync(1280, 800);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "chat-after-reload-desktop.png") });
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_client_reloads_after_the_bot_restarted_and_continues_the_same_conversation()
    {
        var port = DirectLineTestServer.FreePort();
        var settings = new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory };
        using var playwright = await BrowserLauncher.CreatePlaywrightAsync();
        await using var browser = await BrowserLauncher.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "nl-BE" });
        page.SetDefaultTimeout(20_000);
        SetDefaultExpectTimeout(20_000);
        string before;
        await using (var first = DirectLineTestServer.Start(store: null, settings: settings, port: port))
        {
            await page.GotoAsync(first.BaseAddress.ToString());
            await page.GetByLabel("Voorgestelde acties").GetByRole(AriaRole.Button, new() { Name = DialogTexts.Get("ChoiceYes"), Exact = true }).ClickAsync();
            await Expect(page.GetByText(DialogTexts.Opening("NameQuestion")).First).ToBeVisibleAsync();
            before = await ConversationIdAsync(page);
        }

        await using var second = DirectLineTestServer.Start(store: null, settings: settings, port: port);
        await page.ReloadAsync();
        await Expect(page.GetByText(DialogTexts.Opening("NameQuestion")).First).ToBeVisibleAsync();
        await TabToSendBoxAsync(page);
        await page.Keyboard.TypeAsync("Mira");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByText(DialogTexts.Format("NameThanks", "Mira")).First).ToBeVisibleAsync();
        Assert.Equal(before, await ConversationIdAsync(page));
    }

    [Fact]
    public async Task An_english_browser_is_welcomed_in_english_and_a_crisis_gets_the_help_lines_and_a_choice()
    {
        await using var server = DirectLineTestServer.Start(store: null, settings: new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory });
        using var playwright = await BrowserLauncher.CreatePlaywrightAsync();
        await using var browser = await BrowserLauncher.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "en-GB" });
        page.SetDefaultTimeout(20_000);
        SetDefaultExpectTimeout(20_000);

        await page.GotoAsync(server.BaseAddress.ToString());
        // The welcome is the conversation's start, before any message: the start request carries the locale.
        await Expect(page.GetByText("Hello, I am GesprekBot.").First).ToBeVisibleAsync();
        var actions = page.GetByLabel("Suggested actions");
        await actions.GetByRole(AriaRole.Button, new() { Name = DialogTexts.English("ChoiceYes"), Exact = true }).ClickAsync();
        await TabToSendBoxAsync(page);
        await page.Keyboard.TypeAsync("Sarah");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText(DialogTexts.English("QbqWhy")).First).ToBeVisibleAsync();
        await page.Keyboard.TypeAsync("I want to end it all");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByText("call the Zelfmoordlijn on 1813", new() { Exact = false }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("02 648 40 14", new() { Exact = false }).First).ToBeVisibleAsync();
        await actions.GetByRole(AriaRole.Button, new() { Name = DialogTexts.English("CrisisChoiceGoOn"), Exact = true }).ClickAsync();
        await Expect(page.GetByText(DialogTexts.English("CrisisGoOn")).First).ToBeVisibleAsync();

        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "chat-english-crisis.png") });
    }

    private static async Task TabToSendBoxAsync(IPage page)
    {
        for (var presses = 0; presses < 15; presses++)
        {
            if (await page.EvaluateAsync<bool>("() => document.activeElement?.dataset?.id === 'webchat-sendbox-input'"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail("The send box cannot be reached with the Tab key.");
    }

    private static async Task<string> ConversationIdAsync(IPage page)
    {
        var saved = await page.EvaluateAsync<string?>("() => sessionStorage.getItem('gesprekbot.chat')");
        Assert.False(string.IsNullOrEmpty(saved), "The page keeps its conversation in sessionStorage.");
        using var json = System.Text.Json.JsonDocument.Parse(saved);
        return json.RootElement.GetProperty("conversationId").GetString()!;
    }
}
