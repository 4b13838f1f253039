using System.Diagnostics;
using System.Text.Json;
using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Invites;
using GesprekBot.Bot.Tests.Review;
using GesprekBot.Bot.Tests.Storage.Conversations;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Storage.Sqlite;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Storage.Accounts;

/// <summary>
/// Documents written the way earlier versions wrote them move into their tables at the first start:
/// accounts, invites, audit logs, resume codes, intake links and tombstones. A conversation whose
/// caller-chosen key merely starts like one of them is left alone.
/// </summary>
public sealed class LegacyUpgradeTests : IDisposable
{
    private static readonly DateTimeOffset At = ReviewSamples.At;
    private const string DecoyKey = "resume-codes/conversations/c9";
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Legacy_documents_become_rows_and_are_deleted()
    {
        string[] legacyKeys;
        using (var store = StorageTestFactory.CreateLegacySqliteStore(host.DataDirectory))
        {
            legacyKeys = await WriteLegacyDocumentsAsync(store);
        }

        var services = host.Services; // starts the app: the warm-up runs the upgrades
        await WaitUntilGoneAsync(LegacyDocumentStore.Of(services), legacyKeys);

        using var client = await ReviewHost.SignedInAsync(host, "bo@caw.be");
        var invite = await services.GetRequiredService<InviteStore>().FindAsync("abcdefghjk", CancellationToken.None);
        Assert.Equal(new Invite("ABCDEFGHJK", "CAW Oost", At, "Bo"), invite);
        var audit = await services.GetRequiredService<AuditLog>().ReadAsync("CAW Oost", CancellationToken.None);
        Assert.Equal([AuditAction.SignedIn, AuditAction.Exported, AuditAction.Viewed], audit.Select(e => e.Action));
        Assert.Equal(("i1", "json", "Bo"), (audit[1].IntakeId, audit[1].Detail, audit[1].CaseworkerName));
        var codes = services.GetRequiredService<StateStoreResumeCodes>();
        Assert.Equal("webchat/conversations/c1", await codes.RedeemAsync("LIVECODE"));
        Assert.Null(await codes.RedeemAsync("USEDCODE"));
        var links = await services.GetRequiredService<IntakeLinkStore>().ReadAsync("i1", CancellationToken.None);
        Assert.Equal([new ConversationLink("webchat/conversations/c1", "webchat", "c1")], links.Conversations);
        Assert.Equal(["LIVECODE"], links.ResumeCodes);
        var tombstones = services.GetRequiredService<IntakeTombstones>();
        Assert.True(await tombstones.ContainsAsync("gone1", CancellationToken.None));
        Assert.True(await tombstones.ContainsAsync("gone2", CancellationToken.None));
        Assert.NotNull(await LegacyDocumentStore.Of(services).ReadAsync(DecoyKey));
    }

    private static async Task<string[]> WriteLegacyDocumentsAsync(LegacyDocumentStore store)
    {
        var documents = new ReviewDocuments(store);
        var account = new Caseworker { Id = "c1", Email = "bo@caw.be", Name = "Bo", Organisation = "CAW Oost", IsAdmin = true, PasswordHash = string.Empty };
        account = account with { PasswordHash = new PasswordHasher<Caseworker>().HashPassword(account, ReviewHost.Password) };
        await documents.UpdateAsync<List<Caseworker>>("review/caseworkers", _ => [account], CancellationToken.None);
        await documents.UpdateAsync<List<Invite>>("review/invites", _ => [new Invite("ABCDEFGHJK", "CAW Oost", At, "Bo")], CancellationToken.None);
        var auditKey = $"review/audit/{ReviewDocuments.KeyPart("CAW Oost")}";
        await documents.UpdateAsync<List<AuditEntry>>(auditKey, _ =>
        [
            new AuditEntry(At, "c1", "Bo", AuditAction.Viewed, "i1", null),
            new AuditEntry(At.AddMinutes(1), "c1", "Bo", AuditAction.Exported, "i1", "json"),
        ], CancellationToken.None);
        await WriteAsync(store, "resume-codes/LIVECODE", new { ConversationKey = "webchat/conversations/c1", ExpiresAt = At.AddDays(30), Used = false });
        await WriteAsync(store, "resume-codes/USEDCODE", new { ConversationKey = "webchat/conversations/c2", ExpiresAt = At.AddDays(30), Used = true });
        await WriteAsync(store, "intake-links/i1", new IntakeLinks
        {
            Conversations = [new ConversationLink("webchat/conversations/c1", "webchat", "c1")],
            ResumeCodes = ["LIVECODE"],
        });
        await WriteAsync(store, "intake-erasures", new List<ErasedIntake> { new("gone1", At) });
        await WriteAsync(store, "intake-erasures/gone2", new ErasedIntake("gone2", At));
        await store.WriteAsync(DecoyKey, """{"dialogState":null}""", null);
        return ["review/caseworkers", "review/invites", auditKey, "resume-codes/LIVECODE", "resume-codes/USEDCODE", "intake-links/i1", "intake-erasures", "intake-erasures/gone2"];
    }

    private static Task<string> WriteAsync<T>(LegacyDocumentStore store, string key, T value) =>
        store.WriteAsync(key, JsonSerializer.Serialize(value, DialogJson.Options), null);

    private static async Task WaitUntilGoneAsync(LegacyDocumentStore store, IReadOnlyList<string> keys)
    {
        var waited = Stopwatch.StartNew();
        foreach (var key in keys)
        {
            while (await store.ReadAsync(key) is not null)
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"{key} was not upgraded.");
                await Task.Delay(50);
            }
        }
    }
}
