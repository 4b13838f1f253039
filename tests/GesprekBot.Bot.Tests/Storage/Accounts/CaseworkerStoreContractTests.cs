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
    public async Task Replace_keeps_the_lockout_counters()
    {
        await Store.AddAsync("bo@caw.be", "Bo", "CAW Oost", isAdmin: false, Password, CancellationToken.None);
        var account = (await Store.FindByEmailAsync("bo@caw.be", CancellationToken.None))!;
        var until = new DateTimeOffset(2026, 12, 1, 10, 15, 0, TimeSpan.Zero);

        await Store.ReplaceAsync(account with { FailedSignIns = 3, LockedUntil = until }, CancellationToken.None);

        var read = await Store.FindByEmailAsync("bo@caw.be", CancellationToken.None);
        Assert.Equal((3, until), (read!.FailedSignIns, read.LockedUntil));
    }

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
