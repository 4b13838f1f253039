using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Tests.Storage;

/// <summary>The behaviour every IStateStore must have; one subclass per implementation.</summary>
public abstract class StateStoreContractTests : IAsyncLifetime
{
    private IStateStore? _store;

    protected IStateStore Store => _store ?? throw new InvalidOperationException("Store not created yet.");

    protected abstract Task<IStateStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public virtual async Task DisposeAsync()
    {
        switch (_store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    protected static string NewKey() => $"test/conversations/{Guid.NewGuid():N}";

    [Fact]
    public async Task Read_missing_key_returns_null() => Assert.Null(await Store.ReadAsync(NewKey()));

    [Fact]
    public async Task Write_with_null_etag_creates_the_document()
    {
        var key = NewKey();
        var etag = await Store.WriteAsync(key, """{"step":1}""", null);

        var item = await Store.ReadAsync(key);

        Assert.NotNull(item);
        Assert.Equal(new StoreItem(key, """{"step":1}""", etag), item);
    }

    [Fact]
    public async Task Write_with_null_etag_when_present_conflicts_and_keeps_the_first()
    {
        var key = NewKey();
        await Store.WriteAsync(key, """{"who":"first"}""", null);

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(() => Store.WriteAsync(key, """{"who":"second"}""", null));

        Assert.Equal(key, conflict.Key);
        Assert.Equal("""{"who":"first"}""", (await Store.ReadAsync(key))!.Json);
    }

    [Fact]
    public async Task Write_with_current_etag_succeeds_and_returns_a_new_etag()
    {
        var key = NewKey();
        var first = await Store.WriteAsync(key, """{"v":1}""", null);

        var second = await Store.WriteAsync(key, """{"v":2}""", first);

        Assert.NotEqual(first, second);
        Assert.Equal(new StoreItem(key, """{"v":2}""", second), await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Write_of_the_same_json_still_changes_the_etag()
    {
        var key = NewKey();
        var first = await Store.WriteAsync(key, "{}", null);

        Assert.NotEqual(first, await Store.WriteAsync(key, "{}", first));
    }

    [Fact]
    public async Task Write_with_stale_etag_conflicts_and_changes_nothing()
    {
        var key = NewKey();
        var stale = await Store.WriteAsync(key, """{"v":1}""", null);
        var current = await Store.WriteAsync(key, """{"v":2}""", stale);

        await Assert.ThrowsAsync<StoreConflictException>(() => Store.WriteAsync(key, """{"v":3}""", stale));

        Assert.Equal(new StoreItem(key, """{"v":2}""", current), await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Write_with_an_etag_for_a_missing_key_conflicts()
    {
        var key = NewKey();

        await Assert.ThrowsAsync<StoreConflictException>(() => Store.WriteAsync(key, "{}", "some-old-etag"));

        Assert.Null(await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Write_with_star_overwrites_whatever_is_there()
    {
        var key = NewKey();
        await Store.WriteAsync(key, """{"v":1}""", null);

        var etag = await Store.WriteAsync(key, """{"v":"forced"}""", "*");

        Assert.Equal(new StoreItem(key, """{"v":"forced"}""", etag), await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Write_with_star_creates_a_missing_document()
    {
        var key = NewKey();

        var etag = await Store.WriteAsync(key, "[]", "*");

        Assert.Equal(etag, (await Store.ReadAsync(key))!.ETag);
    }

    [Fact]
    public async Task Delete_then_read_returns_null_and_the_key_can_be_created_again()
    {
        var key = NewKey();
        await Store.WriteAsync(key, "{}", null);

        await Store.DeleteAsync(key);

        Assert.Null(await Store.ReadAsync(key));
        await Store.WriteAsync(key, """{"again":true}""", null);
        Assert.Equal("""{"again":true}""", (await Store.ReadAsync(key))!.Json);
    }

    [Fact]
    public async Task Delete_of_a_missing_key_is_fine() => await Store.DeleteAsync(NewKey());

    [Fact]
    public async Task Concurrent_writers_from_the_same_etag_exactly_one_wins()
    {
        var key = NewKey();
        var start = await Store.WriteAsync(key, """{"writer":0}""", null);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writers = Enumerable.Range(1, 20).Select(writer => Task.Run(async () =>
        {
            await go.Task;
            try
            {
                return (writer, etag: (string?)await Store.WriteAsync(key, $$"""{"writer":{{writer}}}""", start));
            }
            catch (StoreConflictException)
            {
                return (writer, etag: (string?)null);
            }
        })).ToArray();
        go.SetResult();
        var results = await Task.WhenAll(writers);

        var winner = Assert.Single(results, r => r.etag is not null);
        Assert.Equal(new StoreItem(key, $$"""{"writer":{{winner.writer}}}""", winner.etag!), await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Concurrent_read_modify_write_with_retry_loses_no_update()
    {
        var key = NewKey();
        await Store.WriteAsync(key, "0", null);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var item = (await Store.ReadAsync(key))!;
                try
                {
                    await Store.WriteAsync(key, (int.Parse(item.Json, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), item.ETag);
                    return;
                }
                catch (StoreConflictException)
                {
                    // someone else won this round: read again and retry, as a turn would
                }
            }
        })));

        Assert.Equal("20", (await Store.ReadAsync(key))!.Json);
    }

    [Fact]
    public async Task Large_document_round_trips()
    {
        var key = NewKey();
        var random = new Random(42);
        var text = new string(Enumerable.Range(0, 1024 * 1024).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray());
        var json = $$"""{"answer":"{{text}}"}""";

        await Store.WriteAsync(key, json, null);

        Assert.Equal(json, (await Store.ReadAsync(key))!.Json);
    }

    [Fact]
    public async Task Unicode_and_emoji_round_trip()
    {
        var key = NewKey();
        const string json = """{"antwoord":"Één keer per week 👨‍👩‍👧‍👦 — ça va, ﷽ שלום 日本語 \u0000 e\u0301"}""";

        await Store.WriteAsync(key, json, null);

        Assert.Equal(json, (await Store.ReadAsync(key))!.Json);
    }

    [Fact]
    public async Task Keys_are_exact_not_prefixes_or_case_insensitive()
    {
        var key = NewKey();
        await Store.WriteAsync(key, "1", null);

        Assert.Null(await Store.ReadAsync(key.ToUpperInvariant()));
        Assert.Null(await Store.ReadAsync(key[..^1]));
    }

    [Fact]
    public async Task Ping_reports_reachable() => Assert.True(await Store.PingAsync());

    [Fact]
    public async Task Cancelled_token_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.WriteAsync(NewKey(), "{}", null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ReadAsync(NewKey(), cancelled.Token));
    }
}
