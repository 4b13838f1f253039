using Microsoft.Playwright;

namespace GesprekBot.EndToEnd.Tests.Review;

/// <summary>Debian's Chromium through Playwright; never downloads a browser (a missing one fails with the install line).</summary>
internal static class ReviewBrowser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium was not found at {ChromiumPath}. Install Debian's build: apt-get install -y chromium");
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public static Task<IPlaywright> CreatePlaywrightAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        return Playwright.CreateAsync();
    }
}
