using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Tests.Intake;
using GesprekBot.Dialogs.Intake;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Storage.ResumeCodes;

/// <summary>F2: resume codes were only purged when someone redeemed them after expiry. The hourly purge now deletes them all.</summary>
public sealed class RetentionPurgeTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task The_hourly_purge_deletes_expired_codes_that_no_intake_links_to_and_keeps_live_ones()
    {
        var clock = new FakeTimeProvider(Now);
        using var store = StorageTestFactory.CreateSqliteStore(directory.Path);
        var parts = new IntakeHostParts(store, clock, directory.Path);
        await parts.ResumeCodes.RegisterAsync("OLDCODE1", "webchat/conversations/c1", Now.AddDays(1));
        await parts.ResumeCodes.RegisterAsync("LIVECODE", "webchat/conversations/c2", Now.AddDays(30));
        clock.SetUtcNow(Now.AddDays(2));
        var service = new IntakeRetentionService(parts.Erasure, parts.ResumeCodes, new IntakeOptions(), clock, NullLogger<IntakeRetentionService>.Instance);

        await service.PurgeOnceAsync(CancellationToken.None);

        Assert.False(await parts.HasResumeCodeAsync("OLDCODE1"));
        Assert.True(await parts.HasResumeCodeAsync("LIVECODE"));
    }
}
