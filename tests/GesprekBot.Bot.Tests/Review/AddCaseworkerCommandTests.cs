using System.Net;
using GesprekBot.Bot.Review.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Review;

public sealed class AddCaseworkerCommandTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task The_command_adds_an_admin_with_the_password_from_stdin_who_can_sign_in()
    {
        using var output = new StringWriter();

        var exit = await AddCaseworkerCommand.RunAsync(
            host.Services,
            ["add-caseworker", "--email", "baas@caw.be", "--name", "Baas", "--organisation", "CAW Oost", "--admin"],
            new StringReader(ReviewHost.Password + "\n"),
            output);

        Assert.Equal(0, exit);
        using var client = host.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewHost.SignInAsync(client, "baas@caw.be")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/review/audit")).StatusCode);
        Assert.DoesNotContain(ReviewHost.Password, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_or_a_missing_option_adds_nobody()
    {
        using var output = new StringWriter();

        var shortPassword = await AddCaseworkerCommand.RunAsync(host.Services, ["add-caseworker", "--email", "a@b.be", "--name", "A", "--organisation", "X"], new StringReader("kort\n"), output);
        var noOrganisation = await AddCaseworkerCommand.RunAsync(host.Services, ["add-caseworker", "--email", "a@b.be", "--name", "A"], new StringReader(ReviewHost.Password), output);

        Assert.Equal(2, shortPassword);
        Assert.Equal(2, noOrganisation);
    }

    [Fact]
    public async Task A_trivial_password_adds_nobody_and_says_why()
    {
        using var output = new StringWriter();

        var exit = await AddCaseworkerCommand.RunAsync(host.Services, ["add-caseworker", "--email", "a@b.be", "--name", "A", "--organisation", "X"], new StringReader("aaaaaaaaaaaa\n"), output);

        Assert.Equal(2, exit);
        Assert.Contains("different characters", output.ToString(), StringComparison.Ordinal);
        Assert.Null(await host.Services.GetRequiredService<CaseworkerStore>().FindByEmailAsync("a@b.be", CancellationToken.None));
    }

    [Fact]
    public async Task An_existing_address_is_not_overwritten()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var output = new StringWriter();

        var exit = await AddCaseworkerCommand.RunAsync(host.Services, ["add-caseworker", "--email", "AN@caw.be", "--name", "Ander", "--organisation", "CAW West"], new StringReader("another long password\n"), output);

        Assert.Equal(1, exit);
        using var client = host.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewHost.SignInAsync(client, "an@caw.be")).StatusCode);
    }

    [Fact]
    public async Task The_first_caseworker_can_come_from_configuration()
    {
        using var configured = new ReviewHost(new Dictionary<string, string>
        {
            ["Review:FirstCaseworker:Email"] = "eerste@caw.be",
            ["Review:FirstCaseworker:Name"] = "Eerste",
            ["Review:FirstCaseworker:Organisation"] = "CAW Oost",
            ["Review:FirstCaseworker:Password"] = ReviewHost.Password,
        });
        using var client = configured.NewClient();

        Assert.Equal(HttpStatusCode.Redirect, (await ReviewHost.SignInAsync(client, "eerste@caw.be")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/review/audit")).StatusCode);
    }
}
