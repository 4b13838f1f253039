using Microsoft.Playwright;

namespace GesprekBot.EndToEnd.Tests.Chat;

/// <summary>
/// Starts Debian's Chromium through Playwright. The tests never download a browser: a missing
/// one fails them with the line that installs it, so a green run always means a real browser ran.
/// </summary>
internal static class BrowserLauncher
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(
            File.Exists(ChromiumPath),
            $"Chromium was not found at {ChromiumPath}. Install Debian's build: apt-get install -y chromium");
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public static async Task<IPlaywright> CreatePlaywrightAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        return await Playwright.CreateAsync();
    }
}
