using GesprekBot.Storage.Conversations;
using GesprekBot.Storage.Legacy;
using GesprekBot.Storage.Protection;
using GesprekBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Storage.Conversations;

public sealed class ConversationStateUpgradeTests : IDisposable
{
    private const string DirectLineId = "0123456789abcdef0123456789abcdef";
    private readonly TempDirectory directory = new();
    private readonly SqliteDatabase database;
    private readonly IDocumentProtector protector;
    private readonly ConversationStateStore store;

    public ConversationStateUpgradeTests()
    {
        var options = StorageTestFactory.SqliteOptions(directory.Path);
        database = new SqliteDatabase(Options.Create(options), TimeProvider.System, NullLogger<SqliteDatabase>.Instance);
        protector = StorageTestFactory.CreateProtector(options.KeysDirectory!);
        store = new ConversationStateStore(database, protector, TimeProvider.System, NullLogger.Instance);
    }

    public void Dispose()
    {
        database.Dispose();
        directory.Dispose();
    }

    private Task UpgradeAsync() =>
        new ConversationStateUpgrade(database, protector, TimeProvider.System).RunAsync(new LegacyDocuments(database, protector), CancellationToken.None);

    [Fact]
    public async Task Every_conversation_state_document_becomes_a_row_and_other_kinds_stay_documents()
    {
        string[] states = ["webchat/conversations/abc", $"directline/conversations/{DirectLineId}", "msteams/conversations/19:x@thread.v2;messageid=1", "emulator/conversations/a/b"];
        string[] others = [$"directline/conversations/{DirectLineId}/log", $"directline/conversations/{DirectLineId}/record", "intake-erasures/i1", "intake-links/i1", "intakes/conversations/x", "intakes/i1", "resume-codes/ABCD2345", "review/audit/org"];
        foreach (var key in states.Concat(others))
        {
            await LegacyDocumentWriter.WriteAsync(database, protector, key, $$"""{"dialogState":"{{key}}"}""");
        }

        await UpgradeAsync();
        await UpgradeAsync();

        foreach (var key in states)
        {
            Assert.Equal($$"""{"dialogState":"{{key}}"}""", (await store.ReadAsync(key))?.Json);
        }

        Assert.Equal(others.Order(StringComparer.Ordinal), await LegacyDocumentWriter.KeysAsync(database));
        Assert.All(others, key => Assert.Null(store.ReadAsync(key).GetAwaiter().GetResult()));
    }

    [Fact]
    public async Task A_row_a_turn_wrote_meanwhile_is_kept_and_the_document_is_retired()
    {
        await store.WriteAsync("webchat/conversations/c1", """{"dialogState":"new"}""", null);
        await LegacyDocumentWriter.WriteAsync(database, protector, "webchat/conversations/c1", """{"dialogState":"old"}""");

        await UpgradeAsync();

        Assert.Equal("""{"dialogState":"new"}""", (await store.ReadAsync("webchat/conversations/c1"))?.Json);
        Assert.Empty(await LegacyDocumentWriter.KeysAsync(database));
    }

    [Fact]
    public async Task An_upgraded_state_keeps_working_with_ETags()
    {
        await LegacyDocumentWriter.WriteAsync(database, protector, "webchat/conversations/c2", "{}");
        await UpgradeAsync();
        var item = await store.ReadAsync("webchat/conversations/c2");

        var etag = await store.WriteAsync("webchat/conversations/c2", """{"v":2}""", item!.ETag);

        Assert.Equal(etag, (await store.ReadAsync("webchat/conversations/c2"))!.ETag);
    }

    [Theory]
    [InlineData("webchat/conversations/x", true)]
    [InlineData("directline/conversations/x", true)]
    [InlineData("directline/conversations/x/log", false)]
    [InlineData("directline/conversations/x/record", false)]
    [InlineData("review/conversations/x", false)]
    [InlineData("webchat/conversations/", false)]
    [InlineData("/conversations/x", false)]
    [InlineData("intakes/index", false)]
    public void Conversation_state_keys_are_told_apart(string key, bool expected) =>
        Assert.Equal(expected, ConversationStateUpgrade.IsConversationStateKey(key));
}
