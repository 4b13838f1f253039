using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Dialogs.Intake;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Intake;

/// <summary>The retention purge over the intake rows (the rows themselves: Storage/Intakes contract tests).</summary>
public sealed class IntakeRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task The_retention_service_purges_with_the_configured_retention()
    {
        var clock = new FakeTimeProvider(Now);
        using var store = StorageTestFactory.CreateSqliteStore(directory.Path);
        var parts = new IntakeHostParts(store, clock, directory.Path);
        var repository = parts.Repository;
        await repository.SaveAsync(Record("old") with { UpdatedAt = Now.AddDays(-8) });
        await repository.SaveAsync(Record("recent") with { UpdatedAt = Now.AddDays(-6) });
        await repository.SaveAsync(Record("old-submitted") with { Status = IntakeStatus.Submitted, UpdatedAt = Now.AddDays(-80) });
        var service = new IntakeRetentionService(
            parts.Erasure, parts.ResumeCodes, new IntakeOptions { Retention = TimeSpan.FromDays(7) }, clock, NullLogger<IntakeRetentionService>.Instance);

        await service.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(["old-submitted", "recent"], await repository.IdsAfterAsync(null, 10));
        Assert.True(await parts.Tombstones.ContainsAsync("old", CancellationToken.None));
    }

    public void Dispose() => directory.Dispose();

    private static IntakeRecord Record(string id) => new() { Id = id, ConsentAt = Now, Locale = "nl-BE", UpdatedAt = Now };
}
