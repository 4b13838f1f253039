using System.Text;
using GesprekBot.Storage.Conversations;
using GesprekBot.Storage.Protection;
using GesprekBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GesprekBot.Bot.Tests.Storage;

public sealed class SqliteStateStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string DataDirectory => Path.Combine(_directory.Path, "nested", "data");

    private string DatabasePath => Path.Combine(DataDirectory, "gesprekbot.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task First_use_creates_the_data_directory_and_the_file()
    {
        using var store = StorageTestFactory.CreateSqliteStore(DataDirectory);
        Assert.False(Directory.Exists(DataDirectory));

        Assert.True(await store.PingAsync());

        Assert.True(File.Exists(DatabasePath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(DataDirectory));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DatabasePath));
        }
    }

    [Fact]
    public async Task An_existing_world_readable_folder_and_database_are_made_owner_only()
    {
        // Security probe: a data folder that existed kept 0755 and the database 0644 (any local account could copy it).
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only
        }

        using (var first = StorageTestFactory.CreateSqliteStore(DataDirectory))
        {
            await first.WriteAsync("webchat/conversations/1", """{"answer":"x"}""", null);
        }

        SqliteConnection.ClearAllPools();
        var open = (UnixFileMode)0b110_100_100;
        File.SetUnixFileMode(DataDirectory, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(DatabasePath, open);

        using var store = StorageTestFactory.CreateSqliteStore(DataDirectory);
        Assert.True(await store.PingAsync());
        await store.WriteAsync("webchat/conversations/2", """{"answer":"y"}""", null);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(DataDirectory));
        var files = Directory.GetFiles(DataDirectory, "gesprekbot.db*");
        Assert.Contains(files, f => f.EndsWith("-wal", StringComparison.Ordinal));
        foreach (var file in files)
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Documents_survive_disposing_and_reopening_the_store()
    {
        string etag;
        using (var first = StorageTestFactory.CreateSqliteStore(DataDirectory))
        {
            etag = await first.WriteAsync("webchat/conversations/1", """{"answer":"blijft"}""", null);
        }

        using var reopened = StorageTestFactory.CreateSqliteStore(DataDirectory);
        var item = await reopened.ReadAsync("webchat/conversations/1");

        Assert.Equal("""{"answer":"blijft"}""", item?.Json);
        Assert.Equal(etag, item?.ETag);
    }

    [Fact]
    public async Task The_file_is_in_wal_mode_with_a_recorded_schema_version()
    {
        using var store = StorageTestFactory.CreateSqliteStore(DataDirectory);
        await store.PingAsync();

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal((long)SqliteMigrations.All[^1].Version, await ScalarAsync(connection, "SELECT MAX(version) FROM schema_version;"));
    }

    [Fact]
    public async Task Reopening_does_not_run_migrations_twice()
    {
        using (var first = StorageTestFactory.CreateSqliteStore(DataDirectory))
        {
            await first.PingAsync();
        }

        using var second = StorageTestFactory.CreateSqliteStore(DataDirectory);
        Assert.True(await second.PingAsync());

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal((long)SqliteMigrations.All.Count, await ScalarAsync(connection, "SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public async Task Plaintext_never_reaches_the_file()
    {
        const string key = "webchat/conversations/plaintext-check";
        var secret = "GeheimAntwoord-" + Guid.NewGuid().ToString("N");
        using (var store = StorageTestFactory.CreateSqliteStore(DataDirectory))
        {
            await store.WriteAsync(key, $$"""{"answer":"{{secret}}"}""", null);
        }

        var bytes = Directory.GetFiles(DataDirectory, "gesprekbot.db*").SelectMany(File.ReadAllBytes).ToArray();

        Assert.True(Contains(bytes, Encoding.UTF8.GetBytes(key)), "sanity check: the key is stored in clear, so we are looking at the right file");
        Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(secret)));
        Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(secret)));
    }

    [Fact]
    public async Task A_document_written_with_another_key_ring_is_reported_not_lost()
    {
        using (var writer = StorageTestFactory.CreateSqliteStore(DataDirectory, Path.Combine(_directory.Path, "keys-a")))
        {
            await writer.WriteAsync("k", "{}", null);
        }

        using var reader = StorageTestFactory.CreateSqliteStore(DataDirectory, Path.Combine(_directory.Path, "keys-b"));

        var error = await Assert.ThrowsAsync<DocumentUnreadableException>(() => reader.ReadAsync("k"));
        Assert.Equal(ConversationStateStore.Purpose("k"), error.Key);
    }

    [Fact]
    public async Task Ciphertext_copied_onto_another_key_cannot_be_read()
    {
        using var store = StorageTestFactory.CreateSqliteStore(DataDirectory);
        await store.WriteAsync("client-a", """{"answer":"van A"}""", null);
        await store.WriteAsync("client-b", """{"answer":"van B"}""", null);

        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await ScalarAsync(connection, "UPDATE conversations SET state = (SELECT state FROM conversations WHERE key = 'client-a') WHERE key = 'client-b';");
        }

        await Assert.ThrowsAsync<DocumentUnreadableException>(() => store.ReadAsync("client-b"));
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_clearly()
    {
        using (var first = StorageTestFactory.CreateSqliteStore(DataDirectory))
        {
            await first.PingAsync();
        }

        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await ScalarAsync(connection, "INSERT INTO schema_version VALUES (99, 'future', '2030-01-01');");
        }

        using var store = StorageTestFactory.CreateSqliteStore(DataDirectory);
        Assert.False(await store.PingAsync());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.ReadAsync("k"));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unusable_data_directory_makes_ping_false_not_throw()
    {
        var blocker = Path.Combine(_directory.Path, "not-a-directory");
        await File.WriteAllTextAsync(blocker, "a file where the data directory should be");
        using var store = StorageTestFactory.CreateSqliteStore(blocker);

        Assert.False(await store.PingAsync());
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
