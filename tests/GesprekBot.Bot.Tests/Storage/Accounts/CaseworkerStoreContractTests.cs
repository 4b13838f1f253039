using Dapper;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Storage.Accounts;
using Microsoft.AspNetCore.Identity;

namespace GesprekBot.Bot.Tests.Storage.Accounts;

public abstract class CaseworkerStoreContractTests : RepositoryContractTests
{
    private const string Password = "correct horse battery";

    private CaseworkerStore Store => new(new CaseworkerRepository(Db.Database, Db.Protector), new PasswordHasher<Caseworker>());

    [Fact]
    public async Task An_added_account_is_found_by_its_address_in_any_case()
    {
        Assert.True(await Store.AddAsync(" Bo@CAW.be ", "Bo Peeters", "CAW Oost", isAdmin: true, Password, CancellationToken.None));

        var account = await Store.FindByEmailAsync("bo@caw.BE", CancellationToken.None);

        Assert.NotNull(account);
        Assert.Equal(("bo@caw.be", "Bo Peeters", "CAW Oost", true), (account.Email, account.Name, account.Organisation, account.IsAdmin));
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Caseworker>().VerifyHashedPassword(account, account.PasswordHash, Password));
        Assert.Equal([account], await Store.AllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Two_adds_of_one_address_at_once_make_one_account()
    {
        var store = Store;
        using var start = new ManualResetEventSlim();
        var adds = new[] { "bo@caw.be", "BO@caw.be" }.Select(email => Task.Run(async () =>
        {
            start.Wait();
            return await store.AddAsync(email, "Bo", "CAW Oost", isAdmin: false, Password, CancellationToken.None);
        })).ToList();
        start.Set();

        var results = await Task.WhenAll(adds);

        Assert.Single(results, added => added);
        Assert.Single(await store.AllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_taken_address_changes_nothing()
    {
        await Store.AddAsync("bo@caw.be", "Bo", "CAW Oost", isAdmin: true, Password, CancellationToken.None);

        Assert.False(await Store.AddAsync("bo@caw.be", "Someone else", "CAW West", isAdmin: false, "another password", CancellationToken.None));
        Assert.Equal(("Bo", "CAW Oost"), (await Store.FindByEmailAsync("bo@caw.be", CancellationToken.None)) is { } a ? (a.Name, a.Organisation) : default);
    }

    [Fact]
    public async Task Attempts_are_counted_in_the_store_and_the_one_that_reaches_the_limit_locks()
    {
        await Store.AddAsync("bo@caw.be", "Bo", "CAW Oost", isAdmin: false, Password, CancellationToken.None);
        var account = (await Store.FindByEmailAsync("bo@caw.be", CancellationToken.None))!;
        var now = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var until = now.AddMinutes(15);

        Assert.True(await Store.ClaimSignInAttemptAsync(account, now, 3, until, CancellationToken.None));
        Assert.True(await Store.ClaimSignInAttemptAsync(account, now, 3, until, CancellationToken.None));
        Assert.Equal((2, (DateTimeOffset?)null), await CountersAsync());
        Assert.True(await Store.ClaimSignInAttemptAsync(account, now, 3, until, CancellationToken.None));
        Assert.Equal((0, (DateTimeOffset?)until), await CountersAsync());
        Assert.False(await Store.ClaimSignInAttemptAsync(account, now.AddMinutes(14), 3, until.AddMinutes(14), CancellationToken.None));
        Assert.True(await Store.ClaimSignInAttemptAsync(account, until, 3, until.AddMinutes(15), CancellationToken.None));
        Assert.Equal((1, (DateTimeOffset?)null), await CountersAsync());

        await Store.ClearSignInFailuresAsync(account, CancellationToken.None);
        Assert.Equal((0, (DateTimeOffset?)null), await CountersAsync());
    }

    [Fact]
    public async Task Replace_never_writes_the_lockout_counters()
    {
        // A stale copy written back (a rehash, an edit) must not clear a lock set meanwhile.
        await Store.AddAsync("bo@caw.be", "Bo", "CAW Oost", isAdmin: false, Password, CancellationToken.None);
        var stale = (await Store.FindByEmailAsync("bo@caw.be", CancellationToken.None))!;
        var now = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        Assert.True(await Store.ClaimSignInAttemptAsync(stale, now, 1, now.AddMinutes(15), CancellationToken.None));

        await Store.ReplaceAsync(stale with { Name = "Bo B.", FailedSignIns = 0, LockedUntil = null }, CancellationToken.None);

        var read = (await Store.FindByEmailAsync("bo@caw.be", CancellationToken.None))!;
        Assert.Equal(("Bo B.", (DateTimeOffset?)now.AddMinutes(15)), (read.Name, read.LockedUntil));
    }

    private async Task<(int, DateTimeOffset?)> CountersAsync() =>
        (await Store.FindByEmailAsync("bo@caw.be", CancellationToken.None)) is { } a ? (a.FailedSignIns, a.LockedUntil) : default;

    [Fact]
    public async Task The_name_and_the_password_hash_are_not_stored_in_plain_text()
    {
        await Store.AddAsync("bo@caw.be", "ZEBRA-Peeters", "CAW Oost", isAdmin: false, Password, CancellationToken.None);
        var hash = (await Store.FindByEmailAsync("bo@caw.be", CancellationToken.None))!.PasswordHash;

        await using var connection = await Db.Database.OpenAsync(CancellationToken.None);
        var secret = await connection.ExecuteScalarAsync<byte[]>("SELECT secret FROM caseworkers;");

        var stored = Convert.ToHexString(secret!);
        Assert.DoesNotContain(Convert.ToHexString("ZEBRA"u8), stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(hash[..12])), stored, StringComparison.Ordinal);
    }
}

public sealed class SqliteCaseworkerStoreContractTests : CaseworkerStoreContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Sqlite(directory);
}

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresCaseworkerStoreContractTests(PostgresServerFixture server) : CaseworkerStoreContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Postgres(server);
}
