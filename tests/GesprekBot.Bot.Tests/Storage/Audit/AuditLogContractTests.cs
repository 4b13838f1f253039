using Dapper;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Tests.Review;
using GesprekBot.Bot.Tests.Storage.Accounts;
using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Storage.Audit;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Storage.Audit;

public abstract class AuditLogContractTests : RepositoryContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly ReviewUser Bo = new("u1", "Bo Peeters", "CAW Oost", IsAdmin: true);
    private readonly FakeTimeProvider _time = new(Start);

    private AuditLog Log => new(new AuditRepository(Db.Database, Db.Protector), _time);

    [Fact]
    public async Task Twenty_parallel_writers_lose_nothing_and_the_log_reads_newest_first()
    {
        var log = Log;
        var writes = Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            log.WriteAsync(Bo, AuditAction.Viewed, $"intake-{i}", null, CancellationToken.None)));
        await Task.WhenAll(writes);
        _time.Advance(TimeSpan.FromSeconds(1));
        await log.WriteAsync(Bo, AuditAction.Exported, "intake-0", "json", CancellationToken.None);

        var entries = await log.ReadAsync("CAW Oost", CancellationToken.None);

        Assert.Equal(21, entries.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"intake-{i}").Order(), entries.Skip(1).Select(e => e.IntakeId!).Order());
        Assert.Equal(new AuditEntry(Start.AddSeconds(1), "u1", "Bo Peeters", AuditAction.Exported, "intake-0", "json"), entries[0] with { Sequence = 0 });
        Assert.Equal(entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Sequence), entries);
    }

    [Fact]
    public async Task Pages_of_entries_at_the_same_moment_neither_skip_nor_repeat_one()
    {
        for (var i = 0; i < 5; i++)
        {
            await Log.WriteAsync(Bo, AuditAction.Viewed, $"intake-{i}", null, CancellationToken.None);
        }

        var first = await Log.ReadAsync("CAW Oost", 2, null, CancellationToken.None);
        var second = await Log.ReadAsync("CAW Oost", 2, AuditCursor.After(first[^1]), CancellationToken.None);
        var third = await Log.ReadAsync("CAW Oost", 2, AuditCursor.After(second[^1]), CancellationToken.None);

        Assert.Equal(["intake-4", "intake-3", "intake-2", "intake-1", "intake-0"], first.Concat(second).Concat(third).Select(e => e.IntakeId));
    }

    [Fact]
    public async Task An_organisation_reads_only_its_own_log_whatever_the_case_of_its_name()
    {
        await Log.WriteAsync(Bo, AuditAction.SignedIn, null, null, CancellationToken.None);
        await Log.WriteAsync(Bo with { Organisation = "caw oost" }, AuditAction.Printed, "i1", null, CancellationToken.None);
        await Log.WriteAsync(new ReviewUser("u2", "An", "CAW West", IsAdmin: true), AuditAction.Viewed, "i2", null, CancellationToken.None);

        Assert.Equal([AuditAction.Printed, AuditAction.SignedIn], (await Log.ReadAsync(" CAW OOST", CancellationToken.None)).Select(e => e.Action));
        Assert.Equal(["i2"], (await Log.ReadAsync("CAW West", CancellationToken.None)).Select(e => e.IntakeId));
    }

    [Fact]
    public async Task The_caseworker_name_is_not_stored_in_plain_text()
    {
        await Log.WriteAsync(Bo with { Name = "ZEBRA-7731" }, AuditAction.Viewed, "i1", null, CancellationToken.None);

        await using var connection = await Db.Database.OpenAsync(CancellationToken.None);
        var name = await connection.ExecuteScalarAsync<byte[]>("SELECT user_name FROM audit_log;");

        Assert.DoesNotContain(Convert.ToHexString("ZEBRA"u8), Convert.ToHexString(name!), StringComparison.Ordinal);
        Assert.Equal("ZEBRA-7731", Assert.Single(await Log.ReadAsync("CAW Oost", CancellationToken.None)).CaseworkerName);
    }
}

public sealed class SqliteAuditLogContractTests : AuditLogContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Sqlite(directory);
}

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresAuditLogContractTests(PostgresServerFixture server) : AuditLogContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Postgres(server);
}
