using System.Data.Common;
using System.Globalization;
using Dapper;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.DirectLine;

namespace GesprekBot.Bot.Tests.Storage.DirectLine;

/// <summary>The Direct Line tables on each provider; two instances stand for two bot processes on one database.</summary>
public abstract class DirectLineTablesContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly List<StorageDatabase> databases = [];

    protected abstract StorageDatabase CreateDatabase();

    protected abstract string KeysDirectory { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        databases.ForEach(d => d.Dispose());
        return Task.CompletedTask;
    }

    private (DirectLineTables Tables, StorageDatabase Database) NewInstance()
    {
        var database = CreateDatabase();
        databases.Add(database);
        return (new DirectLineTables(database, StorageTestFactory.CreateProtector(KeysDirectory)), database);
    }

    private static async Task<string> NewConversationAsync(DirectLineTables tables)
    {
        var id = Guid.NewGuid().ToString("N");
        Assert.True(await tables.TryCreateAsync(id, "dl_user", """{"userName":"Mira"}""", "webchat", Start, CancellationToken.None));
        return id;
    }

    private static Task<long> AppendAsync(DirectLineTables tables, string id, int keep = 500, params string[] texts) =>
        tables.AppendAsync(id, texts.Length, (first, _) => [.. texts.Select((t, i) => new NewActivity(Start.AddSeconds(first + i), $"{{\"text\":\"{t}\",\"n\":{first + i}}}"))], keep, CancellationToken.None);

    [Fact]
    public async Task A_conversation_is_created_once_and_read_back_with_its_details()
    {
        var (tables, _) = NewInstance();
        var id = await NewConversationAsync(tables);

        Assert.False(await tables.TryCreateAsync(id, "dl_other", "{}", "directline", Start, CancellationToken.None));
        Assert.Equal(new DirectLineConversationRow(id, "dl_user", """{"userName":"Mira"}""", "webchat", Start, 1), await tables.FindAsync(id, CancellationToken.None));
        Assert.Null(await tables.FindAsync(Guid.NewGuid().ToString("N"), CancellationToken.None));
    }

    [Fact]
    public async Task Parallel_appends_on_two_instances_get_unique_gap_free_sequences()
    {
        var (a, _) = NewInstance();
        var (b, _) = NewInstance();
        var id = await NewConversationAsync(a);

        var lasts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => AppendAsync(i % 2 == 0 ? a : b, id, 500, $"x{i}", $"y{i}"))));

        var page = await b.ReadAfterAsync(id, 0, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 80).Select(i => (long)i), page.Activities.Select(s => s.Sequence));
        Assert.Equal(80, page.LastSequence);
        Assert.Equal(40, lasts.Distinct().Count());
        Assert.All(page.Activities, s => Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"\"n\":{s.Sequence}}}"), s.Json, StringComparison.Ordinal));
        Assert.Equal(81, (await a.FindAsync(id, CancellationToken.None))!.NextSequence);
    }

    [Fact]
    public async Task Reading_from_a_watermark_returns_only_what_came_after_it_in_order()
    {
        var (tables, _) = NewInstance();
        var id = await NewConversationAsync(tables);
        await AppendAsync(tables, id, 500, "a", "b", "c");
        await AppendAsync(tables, id, 500, "d");

        var page = await tables.ReadAfterAsync(id, 2, CancellationToken.None);

        Assert.Equal([3L, 4L], page.Activities.Select(s => s.Sequence));
        Assert.Equal(Start.AddSeconds(4), page.Activities[^1].At);
        Assert.Equal(4, page.LastSequence);
        Assert.Empty((await tables.ReadAfterAsync(id, 4, CancellationToken.None)).Activities);
    }

    [Fact]
    public async Task The_builder_is_told_the_time_of_the_last_stored_activity()
    {
        var (tables, _) = NewInstance();
        var id = await NewConversationAsync(tables);
        DateTimeOffset? seen = Start;
        await tables.AppendAsync(id, 1, (_, last) => { seen = last; return [new NewActivity(Start.AddMinutes(5), "{}")]; }, 500, CancellationToken.None);
        Assert.Null(seen);

        await tables.AppendAsync(id, 1, (_, last) => { seen = last; return [new NewActivity(Start.AddMinutes(6), "{}")]; }, 500, CancellationToken.None);

        Assert.Equal(Start.AddMinutes(5), seen);
    }

    [Fact]
    public async Task Appending_keeps_only_the_newest_activities_and_the_sequence_keeps_counting()
    {
        var (tables, database) = NewInstance();
        var id = await NewConversationAsync(tables);
        for (var i = 0; i < 5; i++)
        {
            await AppendAsync(tables, id, 3, $"m{i}", $"n{i}");
        }

        var page = await tables.ReadAfterAsync(id, 0, CancellationToken.None);

        Assert.Equal([8L, 9L, 10L], page.Activities.Select(s => s.Sequence));
        Assert.Equal(3, await CountAsync(database, id));
    }

    [Fact]
    public async Task Forgetting_deletes_every_activity_row_but_keeps_the_sequence_and_deleting_cascades()
    {
        var (tables, database) = NewInstance();
        var id = await NewConversationAsync(tables);
        var other = await NewConversationAsync(tables);
        await AppendAsync(tables, id, 500, "geheim", "nog");
        await AppendAsync(tables, other, 500, "blijft");

        await tables.ForgetActivitiesAsync(id, CancellationToken.None);

        Assert.Equal(0, await CountAsync(database, id));
        Assert.Equal(2, (await tables.ReadAfterAsync(id, 0, CancellationToken.None)).LastSequence);
        Assert.Equal(3, await AppendAsync(tables, id, 500, "daarna"));

        await tables.DeleteAsync(id, CancellationToken.None);

        Assert.Equal(0, await CountAsync(database, id));
        Assert.Null(await tables.FindAsync(id, CancellationToken.None));
        Assert.Equal(1, await CountAsync(database, other));
    }

    [Fact]
    public async Task A_conversation_id_made_up_from_another_one_reaches_nothing_of_it()
    {
        var (tables, _) = NewInstance();
        var id = await NewConversationAsync(tables);
        await AppendAsync(tables, id, 500, "van het slachtoffer");

        Assert.True(await tables.TryCreateAsync($"{id}/log", "dl_attacker", "{}", "directline", Start, CancellationToken.None));
        await tables.ForgetActivitiesAsync($"{id}/log", CancellationToken.None);
        await tables.DeleteAsync($"{id}/record", CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => AppendAsync(tables, $"{id}/record", 500, "x"));

        Assert.Single((await tables.ReadAfterAsync(id, 0, CancellationToken.None)).Activities);
        Assert.Equal("dl_user", (await tables.FindAsync(id, CancellationToken.None))!.UserId);
    }

    private static async Task<long> CountAsync(StorageDatabase database, string id)
    {
        await using DbConnection connection = await database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM directline_activities WHERE conversation_id = @id;", new { id });
    }
}
