using System.Net;
using GesprekBot.Bot.Tests.Review;
using GesprekBot.Bot.Tests.Storage.Intakes;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage;
using GesprekBot.Storage.Protection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Erasure;

/// <summary>
/// The whole app (web chat over Direct Line, turn pipeline, review, SQLite): a client's answers,
/// name and network member are erased — by the client in the chat, or by a caseworker — and then
/// found through no API and in no decrypted document of the store (findings security F2, s12).
/// </summary>
public sealed class ErasureEverywhereTests : IDisposable
{
    private static readonly string[] Planted = [ErasureChat.Secret, ErasureChat.Member, ErasureChat.Name];
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task The_clients_wis_mijn_gegevens_leaves_no_copy_anywhere()
    {
        using var http = host.NewClient();
        var chat = await ErasureChat.PlantAsync(http);
        var id = await PlantedIntakeIdAsync();

        Assert.StartsWith("Wil je echt alles wissen?", Assert.Single(await chat.SayAsync("wis mijn gegevens")), StringComparison.Ordinal);
        var done = await chat.SayAsync("Ja, wis alles");

        Assert.Contains(done, r => r.StartsWith("Ik heb alles gewist", StringComparison.Ordinal));
        await AssertFoundNowhereAsync(id, chat);
        Assert.Contains(await chat.SayAsync("hallo"), r => r.StartsWith("Hallo, ik ben GesprekBot", StringComparison.Ordinal));
        Assert.Empty(await Repository.AllAsync());
    }

    [Fact]
    public async Task A_caseworkers_delete_leaves_no_copy_and_the_chatting_client_is_told_and_nothing_comes_back()
    {
        using var http = host.NewClient();
        var chat = await ErasureChat.PlantAsync(http);
        var id = await PlantedIntakeIdAsync();
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var caseworker = await ReviewHost.SignedInAsync(host, "an@caw.be");
        await ReviewHost.PostFormAsync(caseworker, $"/review/intakes/{id}", $"/review/intakes/{id}?handler=Status", new() { ["status"] = "InReview" });
        await ReviewHost.PostFormAsync(caseworker, $"/review/intakes/{id}", $"/review/intakes/{id}?handler=Note", new() { ["text"] = $"Bellen over {ErasureChat.Member}" });

        var deleted = await ReviewHost.PostFormAsync(caseworker, $"/review/intakes/{id}", $"/review/intakes/{id}?handler=Delete", new() { ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await AssertFoundNowhereAsync(id, chat, caseworker);
        Assert.Equal(["Je gegevens werden gewist. Dit gesprek is afgesloten. Je kan altijd opnieuw beginnen."], await chat.SayAsync("ben je er nog?"));
        Assert.Empty(await Repository.AllAsync());
        await AssertFoundNowhereAsync(id, chat, caseworker);
        Assert.Contains(await chat.SayAsync("hallo"), r => r.StartsWith("Hallo, ik ben GesprekBot", StringComparison.Ordinal));
    }

    private IIntakeRepository Repository => host.Services.GetRequiredService<IIntakeRepository>();

    private async Task<string> PlantedIntakeIdAsync()
    {
        var id = Assert.Single(await Repository.AllAsync()).Id;
        Assert.Equal(ErasureChat.Secret, (await Repository.FindAsync(id))?.Answer("qbq.wish")?.Text);

        // The copies are really there before the erasure: record, transcript, dialog state.
        var holders = await StoreScan.KeysContainingAsync(DatabasePath, Protector, ErasureChat.Secret);
        Assert.Contains($"intakes/{id}", holders);
        Assert.Contains(holders, k => k.StartsWith("directline_activities/", StringComparison.Ordinal));
        Assert.Contains(holders, k => k.StartsWith("webchat/conversations/", StringComparison.Ordinal));
        Assert.NotEmpty(await StoreScan.KeysContainingAsync(DatabasePath, Protector, ErasureChat.Member));
        return id;
    }

    private async Task AssertFoundNowhereAsync(string id, ErasureChat chat, HttpClient? caseworker = null)
    {
        Assert.Null(await Repository.FindAsync(id));
        Assert.DoesNotContain(await Repository.AllAsync(), e => e.Id == id);
        var activities = await chat.AllActivitiesAsync();
        foreach (var text in Planted)
        {
            Assert.DoesNotContain(text, activities, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(await StoreScan.KeysContainingAsync(DatabasePath, Protector, text));
        }

        // The random id alone stays on the tombstone and in the audit log of who deleted it: nothing about the person.
        Assert.All(await StoreScan.KeysContainingAsync(DatabasePath, Protector, id), key => Assert.True(key.StartsWith("intake-erasures", StringComparison.Ordinal) || key.StartsWith("review/audit/", StringComparison.Ordinal), key));
        if (caseworker is null)
        {
            await host.AddCaseworkerAsync("bo@caw.be", "CAW Oost");
            caseworker = await ReviewHost.SignedInAsync(host, "bo@caw.be");
        }

        var list = await caseworker.GetStringAsync("/review");
        Assert.All(Planted, text => Assert.DoesNotContain(text, list, StringComparison.OrdinalIgnoreCase));
        foreach (var page in new[] { $"/review/intakes/{id}", $"/review/intakes/{id}/print", $"/review/intakes/{id}/export/json", $"/review/intakes/{id}/export/nodes.csv" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync(page)).StatusCode);
        }
    }

    private string DatabasePath => host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.SqliteDatabasePath;

    private IDocumentProtector Protector => host.Services.GetRequiredService<IDocumentProtector>();
}
