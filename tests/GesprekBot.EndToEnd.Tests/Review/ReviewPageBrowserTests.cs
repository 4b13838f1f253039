using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;
using GesprekBot.Language;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GesprekBot.EndToEnd.Tests.Review;

/// <summary>A caseworker signs in in real Chromium, opens an urgent intake and sees the map, without CSP complaints.</summary>
public sealed class ReviewPageBrowserTests : IDisposable
{
    private const string Password = "correct horse battery";
    private static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("gesprekbot-review-e2e-").FullName;

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    [Fact]
    public async Task A_caseworker_signs_in_opens_an_intake_and_sees_the_map()
    {
        using var server = new ReviewServer(dataDirectory);
        await server.Services.GetRequiredService<CaseworkerStore>().AddAsync("an@caw.be", "An Peeters", "CAW Oost", isAdmin: true, Password, CancellationToken.None);
        await server.Services.GetRequiredService<IIntakeRepository>().SaveAsync(Sample());
        await server.Services.GetRequiredService<IIntakeRepository>().SaveAsync(Later(Sample()));
        using var playwright = await ReviewBrowser.CreatePlaywrightAsync();
        await using var browser = await ReviewBrowser.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "nl-BE" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync(new Uri(server.BaseAddress, "/review").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden" })).ToBeVisibleAsync();
        await page.GetByLabel("E-mailadres").FillAsync("an@caw.be");
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Intakes" })).ToBeVisibleAsync();
        await Expect(page.GetByText("DRINGEND").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "K7Q2-M4" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Crisissignalen" })).ToBeVisibleAsync();
        var map = page.Locator("svg.network-map");
        await Expect(map).ToBeVisibleAsync();
        Assert.True(await map.Locator("text").CountAsync() > 4);
        await Expect(page.GetByText("De relatie met Tom is moeilijk", new() { Exact = false })).ToBeVisibleAsync();
        var box = await map.BoundingBoxAsync();
        Assert.True(box is { Width: > 300, Height: > 300 }, "The map is drawn at a readable size.");

        await page.GetByLabel("Nieuwe notitie").FillAsync("Bellen op dinsdag, samen met de buurvrouw?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Notitie bewaren" }).ClickAsync();
        await Expect(page.GetByText("Bellen op dinsdag, samen met de buurvrouw?")).ToBeVisibleAsync();
        await page.GetByLabel("Status wijzigen").SelectOptionAsync("InReview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Status wijzigen" }).ClickAsync();
        await Expect(page.Locator("select#status")).ToHaveValueAsync("InReview");

        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "review-intake-detail.png"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "Kaarten vergelijken" }).ClickAsync();
        await page.GetByLabel("Vergelijk met een andere intake van deze cliënt").SelectOptionAsync("e2e-2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijken" }).ClickAsync();
        await Expect(page.Locator("svg.network-map")).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wat veranderde" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "review-compare.png"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "Uitnodigingen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe uitnodiging maken" }).ClickAsync();
        var qr = page.Locator("img.qr").First;
        await Expect(qr).ToBeVisibleAsync();
        // Visible is not loaded yet: wait (up to Playwright's timeout) for the image to finish, then check it decoded.
        await qr.EvaluateAsync("img => img.complete || new Promise(done => { img.onload = img.onerror = done; })");
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The QR code image loads.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "review-invites.png") });
        Assert.True(problems.Count == 0, string.Join(" | ", problems));
    }

    private static IntakeRecord Later(IntakeRecord earlier) => earlier with
    {
        Id = "e2e-2",
        Code = "P3RT-8X",
        Urgent = [],
        Network = earlier.Network! with
        {
            Members = [.. earlier.Network!.Members.Select(m => m.Id == "m3" ? m with { Ring = 2, Frequency = ContactFrequency.Weekly } : m), new NetworkMember { Id = "m7", Label = "Sofie", Name = "Sofie", Role = "vriendin", Domain = LifeDomain.Friends, Ring = 2, Quality = RelationQuality.Good }],
            Satisfaction = 7,
        },
        UpdatedAt = At.AddMonths(3),
        SubmittedAt = At.AddMonths(3),
    };

    private static IntakeRecord Sample() => new()
    {
        Id = "e2e-1",
        Code = "K7Q2-M4",
        Status = IntakeStatus.Submitted,
        ConsentAt = At,
        Locale = "nl-BE",
        PreferredName = "Mira",
        Answers =
        [
            new IntakeAnswer("qbq.why", Technique.QuestionBehindQuestion, "Ik voel me alleen sinds de verhuis.", null, AnsweredBy.Client, At),
            new IntakeAnswer("miracle.different", Technique.MiracleQuestion, "Ik zou rustig wakker worden en iemand bellen.", null, AnsweredBy.Client, At),
            new IntakeAnswer("scaling.score", Technique.Scaling, "Een 4", "4", AnsweredBy.Client, At),
        ],
        Urgent = [new UrgentFlag(At, CrisisCategory.SelfHarm, ["mezelf pijn doen"], "miracle.different")],
        Network = new NetworkMap
        {
            Members =
            [
                new() { Id = "m1", Label = "mama", Role = "moeder", Domain = LifeDomain.Family, Ring = 1, Quality = RelationQuality.Good, Frequency = ContactFrequency.Daily, SupportReceived = [SupportType.Emotional] },
                new() { Id = "m2", Label = "Tom", Name = "Tom", Role = "broer", Domain = LifeDomain.Family, Ring = 2, Quality = RelationQuality.Difficult, Frequency = ContactFrequency.Monthly },
                new() { Id = "m3", Label = "de buurvrouw", Role = "buur", Domain = LifeDomain.Neighbourhood, Ring = 3, Quality = RelationQuality.Good, Frequency = ContactFrequency.Yearly },
                new() { Id = "m4", Label = "mijn hond Max", Kind = MemberKind.Animal, Domain = LifeDomain.Family, Ring = 1 },
                new() { Id = "m5", Label = "mijn begeleider van het CAW", Role = "begeleider", Domain = LifeDomain.Professional, Ring = 2, Quality = RelationQuality.Good, Frequency = ContactFrequency.Weekly, SupportReceived = [SupportType.Advice, SupportType.Practical] },
                new() { Id = "m6", Label = "de voetbalclub", Kind = MemberKind.Group, Domain = LifeDomain.Leisure, Ring = 4, Quality = RelationQuality.Mixed, Frequency = ContactFrequency.Weekly },
            ],
            Ties = [new("m1", "m2"), new("m2", "m6")],
            Satisfaction = 5,
            CompletedAt = At,
        },
        UpdatedAt = At,
        SubmittedAt = At,
    };
}
