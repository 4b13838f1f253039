using System.Security.Cryptography;
using System.Text;
using Dapper;
using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Tests.Review;
using GesprekBot.Bot.Tests.Storage.Accounts;
using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Storage.ResumeCodes;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Storage.ResumeCodes;

public abstract class ResumeCodesContractTests : RepositoryContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);

    private StateStoreResumeCodes Codes => new(new ResumeCodeRepository(Db.Database, Db.Protector), _time);

    [Fact]
    public async Task Two_conversations_redeeming_one_code_at_once_exactly_one_wins()
    {
        var codes = Codes;
        await codes.RegisterAsync("ABCDEFGH", "webchat/conversations/c1", Start.AddDays(30));
        using var start = new ManualResetEventSlim();
        var racers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await codes.RedeemAsync("ABCDEFGH");
        })).ToList();
        start.Set();

        var results = await Task.WhenAll(racers);

        Assert.Equal(["webchat/conversations/c1"], results.OfType<string>());
        Assert.Null(await codes.RedeemAsync("ABCDEFGH"));
    }

    [Fact]
    public async Task Registering_again_points_the_code_at_the_conversation_once_more()
    {
        await Codes.RegisterAsync("ABCDEFGH", "webchat/conversations/c1", Start.AddDays(30));
        await Codes.RegisterAsync("ABCDEFGH", "webchat/conversations/c1", Start.AddDays(30));

        Assert.Equal("webchat/conversations/c1", await Codes.RedeemAsync("ABCDEFGH"));
    }

    [Fact]
    public async Task An_expired_code_opens_nothing_and_is_gone()
    {
        await Codes.RegisterAsync("ABCDEFGH", "webchat/conversations/c1", Start.AddDays(30));
        _time.Advance(TimeSpan.FromDays(30));

        Assert.Null(await Codes.RedeemAsync("ABCDEFGH"));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Purging_deletes_every_expired_code_in_one_go_and_keeps_the_live_ones()
    {
        await Codes.RegisterAsync("OLDCODE1", "webchat/conversations/c1", Start.AddDays(1));
        await Codes.RegisterAsync("OLDCODE2", "webchat/conversations/c2", Start.AddDays(2));
        await Codes.RegisterAsync("LIVECODE", "webchat/conversations/c3", Start.AddDays(30));

        Assert.Equal(2, await Codes.PurgeExpiredAsync(Start.AddDays(2)));

        Assert.Equal(1, await CountAsync());
        Assert.Equal("webchat/conversations/c3", await Codes.RedeemAsync("LIVECODE"));
    }

    [Fact]
    public async Task Purge_if_expired_and_revoke_delete_one_code()
    {
        await Codes.RegisterAsync("LIVECODE", "webchat/conversations/c1", Start.AddDays(30));
        await Codes.RegisterAsync("OTHERONE", "webchat/conversations/c2", Start.AddDays(30));

        Assert.False(await Codes.PurgeIfExpiredAsync("LIVECODE"));
        _time.Advance(TimeSpan.FromDays(31));
        Assert.True(await Codes.PurgeIfExpiredAsync("LIVECODE"));
        Assert.True(await Codes.PurgeIfExpiredAsync("NEVERWAS"));
        await Codes.RevokeAsync("OTHERONE");

        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Only_a_keyed_hash_of_the_code_is_kept_and_the_conversation_key_is_encrypted()
    {
        await Codes.RegisterAsync("ABCDEFGH", "webchat/conversations/ZEBRA7731", Start.AddDays(30));

        await using var connection = await Db.Database.OpenAsync(CancellationToken.None);
        var (hash, conversation) = await connection.QuerySingleAsync<(byte[], byte[])>("SELECT code_hash, conversation_key FROM resume_codes;");

        // A plain SHA-256 of a 40-bit code is undone by trying every code; the keyed hash needs the key ring's secret.
        Assert.Equal(32, hash.Length);
        Assert.NotEqual(SHA256.HashData("ABCDEFGH"u8), hash);
        Assert.DoesNotContain(Convert.ToHexString(Encoding.UTF8.GetBytes("ZEBRA7731")), Convert.ToHexString(conversation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_stored_under_its_plain_hash_by_an_older_build_still_resumes_once()
    {
        var legacy = SHA256.HashData("OLDCODE7"u8);
        await using (var connection = await Db.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(
                "INSERT INTO resume_codes (code_hash, conversation_key, expires_at) VALUES (@legacy, @conversation, @expires);",
                new
                {
                    legacy,
                    conversation = Db.Protector.Protect($"resume_codes/{Convert.ToHexString(legacy)}", "webchat/conversations/old"),
                    expires = Start.AddDays(3).ToUnixTimeMilliseconds(),
                });
        }

        Assert.Equal("webchat/conversations/old", await Codes.RedeemAsync("OLDCODE7"));
        Assert.Null(await Codes.RedeemAsync("OLDCODE7"));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task The_key_is_one_for_all_instances_so_a_code_registered_by_one_is_redeemed_by_another()
    {
        await new StateStoreResumeCodes(new ResumeCodeRepository(Db.Database, Db.Protector), _time).RegisterAsync("SHAREDAB", "webchat/conversations/s", Start.AddDays(1));

        Assert.Equal("webchat/conversations/s", await new StateStoreResumeCodes(new ResumeCodeRepository(Db.Database, Db.Protector), _time).RedeemAsync("SHAREDAB"));
    }

    private async Task<long> CountAsync()
    {
        await using var connection = await Db.Database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM resume_codes;");
    }
}

public sealed class SqliteResumeCodesContractTests : ResumeCodesContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Sqlite(directory);
}

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresResumeCodesContractTests(PostgresServerFixture server) : ResumeCodesContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Postgres(server);
}
