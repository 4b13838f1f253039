namespace GesprekBot.Bot.Tests.Review;

/// <summary>review-app §2, client-walk M11: the code as the client reads it out ("ZJJU-EDFW") found nothing.</summary>
public sealed class ReviewCodeSearchTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Theory]
    [InlineData("ZJJU-EDFW")]
    [InlineData("zjju-edfw")]
    [InlineData("zjju edfw")]
    [InlineData("%20zjjuedfw%20")]
    [InlineData("ZJJUEDFW")]
    public async Task The_code_is_found_as_the_client_gives_it_and_shown_with_its_dash(string typed)
    {
        await host.SeedAsync(ReviewSamples.Record("a1", code: "ZJJUEDFW"));
        await host.SeedAsync(ReviewSamples.Record("a2", code: "Q8UUEHHY"));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var found = await client.GetStringAsync($"/review?code={typed.Replace(" ", "%20", StringComparison.Ordinal)}");

        Assert.Contains(">ZJJU-EDFW</a>", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Q8UU", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_code_finds_nothing()
    {
        await host.SeedAsync(ReviewSamples.Record("a1", code: "ZJJUEDFW"));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var found = await client.GetStringAsync("/review?code=ZJJU-EDFX");

        Assert.DoesNotContain("ZJJU", found.Replace("value=\"ZJJU-EDFX\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Geen intakes gevonden.", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_every_code_with_its_dash()
    {
        await host.SeedAsync(ReviewSamples.Record("a1", code: "ZJJUEDFW"));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var list = await client.GetStringAsync("/review");

        Assert.Contains(">ZJJU-EDFW</a>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("ZJJUEDFW", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_and_the_compare_page_name_the_code_as_the_client_read_it()
    {
        await host.SeedAsync(ReviewSamples.Record("a1", code: "ZJJUEDFW"));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var response = await client.GetAsync("/review/intakes/a1/export/json");

        Assert.Equal("intake-ZJJU-EDFW.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var compare = await client.GetStringAsync("/review/intakes/a1/compare");
        Assert.Contains("ZJJU-EDFW", compare, StringComparison.Ordinal);
        Assert.DoesNotContain("ZJJUEDFW", compare, StringComparison.Ordinal);
    }
}
