using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Bot.Tests.Storage.Accounts;
using GesprekBot.Storage.ResumeCodes;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Intake;

public sealed class ResumeCodesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory directory = new();
    private readonly FakeTimeProvider clock = new(Now);

    [Fact]
    public async Task A_code_resumes_its_conversation_once()
    {
        var codes = NewCodes();
        await codes.RegisterAsync("ABCDEFGH", "webchat/conversations/c1", Now.AddDays(30));

        Assert.Equal("webchat/conversations/c1", await codes.RedeemAsync("ABCDEFGH"));
        Assert.Null(await codes.RedeemAsync("ABCDEFGH"));
    }

    [Fact]
    public async Task An_expired_code_opens_nothing()
    {
        var codes = NewCodes();
        await codes.RegisterAsync("ABCDEFGH", "webchat/conversations/c1", Now.AddDays(30));
        clock.SetUtcNow(Now.AddDays(30));

        Assert.Null(await codes.RedeemAsync("ABCDEFGH"));
    }

    [Fact]
    public async Task Racing_redeemers_get_the_conversation_at_most_once()
    {
        var codes = NewCodes();
        await codes.RegisterAsync("ABCDEFGH", "webchat/conversations/c1", Now.AddDays(30));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => codes.RedeemAsync("ABCDEFGH")));

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task An_unknown_code_is_null() =>
        Assert.Null(await NewCodes().RedeemAsync("ZZZZZZZZ"));

    public void Dispose() => directory.Dispose();

    private StateStoreResumeCodes NewCodes() =>
        new(new ResumeCodeRepository(TestDatabase.Sqlite(directory.Path), TestDatabase.SqliteProtector(directory.Path)), clock);
}
