using System.Text.Json;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Bot.Tests.Storage.Conversations;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Storage.Intakes;
using GesprekBot.Storage.Review;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Review;

/// <summary>Issue 10: a data folder of an older version (intakes and review data as documents) is moved into rows at start.</summary>
public sealed class IntakeDocumentsUpgradeTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Intakes_status_and_notes_become_rows_placed_once_and_the_documents_are_gone()
    {
        using (var old = StorageTestFactory.CreateLegacySqliteStore(host.DataDirectory))
        {
            await old.WriteAsync("review/invites", """[{"code":"INVITE2345","organisation":"Ander CAW","createdAt":"2026-03-01T09:00:00+00:00","createdBy":"Jan"}]""", null);
            await WriteRecordAsync(old, ReviewSamples.Record("a1", code: "ZJJUEDFW", invite: "invite2345"));
            await WriteRecordAsync(old, ReviewSamples.Record("a2", code: "QKXZA7C5"));
            await WriteRecordAsync(old, ReviewSamples.Record("A3", code: "Q8UUEHHY"));
            await old.WriteAsync("intakes/index", """[{"id":"a1"},{"id":"a2"},{"id":"A3"}]""", null);
            await old.WriteAsync("review/intakes/a1", """{"status":"InReview","notes":[{"at":"2026-03-02T11:00:00+00:00","authorId":"u1","authorName":"Jan","text":"Bellen dinsdag"}]}""", null);
            await old.WriteAsync("review/intakes/a2", """{"status":"Done","notes":[],"assignedOrganisation":"Derde CAW"}""", null);
            await old.WriteAsync("review/intakes/a3", """{"status":"New","notes":[{"at":"2026-03-02T12:00:00+00:00","authorId":"u2","authorName":"An","text":"Eerste"}]}""", null);
            await old.WriteAsync("review/intakes/orphan", """{"status":"Done","notes":[]}""", null);
        }

        var store = LegacyDocumentStore.Of(host.Services);
        await WaitUntilAsync(async () => await store.ReadAsync("intakes/index") is null);

        var catalog = host.Services.GetRequiredService<IntakeCatalog>();
        var review = host.Services.GetRequiredService<ReviewRecords>();
        Assert.Equal(("Ander CAW", "InReview"), Placed(await catalog.FindAsync("a1", default)));
        Assert.Equal(("Derde CAW", "Done"), Placed(await catalog.FindAsync("a2", default)));
        Assert.Equal(("CAW Oost", "New"), Placed(await catalog.FindAsync("A3", default)));
        Assert.Equal(["Bellen dinsdag"], (await review.NotesAsync("a1", default)).Select(n => n.Text));
        Assert.Equal(["Eerste"], (await review.NotesAsync("A3", default)).Select(n => n.Text));
        foreach (var key in new[] { "intakes/a1", "intakes/a2", "intakes/A3", "review/intakes/a1", "review/intakes/a2", "review/intakes/a3", "review/intakes/orphan" })
        {
            Assert.Null(await store.ReadAsync(key));
        }

        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");
        Assert.Contains(">Q8UU-EHHY</a>", await client.GetStringAsync("/review?code=q8uu-ehhy"), StringComparison.Ordinal);
        Assert.Contains("Eerste", await client.GetStringAsync("/review/intakes/A3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_the_upgrade_again_changes_nothing()
    {
        using (var old = StorageTestFactory.CreateLegacySqliteStore(host.DataDirectory))
        {
            await WriteRecordAsync(old, ReviewSamples.Record("a1", code: "ZJJUEDFW"));
            await old.WriteAsync("review/intakes/a1", """{"status":"Done","notes":[{"at":"2026-03-02T11:00:00+00:00","authorId":"u1","authorName":"Jan","text":"Een"}]}""", null);
        }

        var store = LegacyDocumentStore.Of(host.Services);
        await WaitUntilAsync(async () => await store.ReadAsync("intakes/a1") is null);

        // An interrupted start: the documents are back while the rows exist already.
        await WriteRecordAsync(store, ReviewSamples.Record("a1", code: "ZJJUEDFW", name: "Ander"));
        await store.WriteAsync("review/intakes/a1", """{"status":"InReview","notes":[{"at":"2026-03-02T11:00:00+00:00","authorId":"u1","authorName":"Jan","text":"Een"}]}""", null);
        var upgrade = host.Services.GetServices<GesprekBot.Storage.Legacy.IStorageUpgrade>().Single(u => u.Order == 20);
        await upgrade.RunAsync(host.Services.GetRequiredService<GesprekBot.Storage.Legacy.LegacyDocuments>(), default);

        var found = await host.Services.GetRequiredService<IntakeCatalog>().FindAsync("a1", default);
        Assert.Equal(("Mira", "Done"), (found!.Record.PreferredName, found.ReviewStatus));
        Assert.Equal(["Een"], (await host.Services.GetRequiredService<ReviewRecords>().NotesAsync("a1", default)).Select(n => n.Text));
        Assert.Null(await store.ReadAsync("intakes/a1"));
    }

    private static async Task WriteRecordAsync(LegacyDocumentStore store, GesprekBot.Dialogs.Intake.IntakeRecord record) =>
        await store.WriteAsync($"intakes/{record.Id}", JsonSerializer.Serialize(record, DialogJson.Options), "*");

    private static (string?, string?) Placed(CatalogedIntake? intake) => (intake?.Organisation, intake?.ReviewStatus);

    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "The upgrade did not finish within 30 s.");
            await Task.Delay(50);
        }
    }
}
