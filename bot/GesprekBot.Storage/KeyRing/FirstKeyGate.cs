using System.Xml.Linq;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Postgres;
using Npgsql;

namespace GesprekBot.Storage.KeyRing;

/// <summary>
/// Lets only one instance create the first key. Data Protection creates a key whenever it reads a
/// ring without a usable one and starts encrypting with it at once; two instances starting on an
/// empty ring would each use their own key and fail to read the other's data until their cached
/// rings refresh (a day later). So an instance that reads an empty ring takes a PostgreSQL advisory
/// lock, reads again under it, and keeps holding it until its new key is stored; an instance
/// arriving meanwhile waits on the lock and then finds that key.
/// </summary>
internal sealed class FirstKeyGate(StorageDatabase database, TimeProvider time) : IDisposable
{
    // "GesprekK": not the migrator's lock, so a key can be created while another instance migrates.
    private const long AdvisoryLockId = 0x4765737072656B4B;

    // Below Npgsql's 30 s command timeout, so a waiting instance gets the lock before it gives up
    // even if the holder never stores a key (automatic key generation switched off).
    private static readonly TimeSpan HoldAtMost = TimeSpan.FromSeconds(20);

    private readonly Lock _sync = new();
    private NpgsqlConnection? _held;
    private ITimer? _release;

    /// <summary>Reads the ring again under the lock; when it has no usable key, holds the lock for the key about to be created.</summary>
    public IReadOnlyList<XElement> WaitForFirstKey(Func<IReadOnlyList<XElement>> read)
    {
        if (database is not PostgresDatabase postgres)
        {
            return read(); // SQLite: one instance, nobody to race with
        }

        lock (_sync)
        {
            if (_held is not null)
            {
                return read(); // this instance is the one creating the key
            }

            var connection = postgres.DataSource.OpenConnection();
            try
            {
                Execute(connection, "SELECT pg_advisory_lock(@lock);");
                var elements = read();
                if (KeyRingElements.HasUsableKey(elements, time.GetUtcNow()))
                {
                    Unlock(connection);
                    return elements;
                }

                _held = connection;
                _release = time.CreateTimer(_ => Stored(), null, HoldAtMost, Timeout.InfiniteTimeSpan);
                return elements;
            }
            catch
            {
                // A pooled connection keeps its session, and the session its lock: unlock first.
                Unlock(connection);
                throw;
            }
        }
    }

    /// <summary>An element was stored: the key others were waiting for is in the table.</summary>
    public void Stored()
    {
        lock (_sync)
        {
            Release();
        }
    }

    public void Dispose() => Stored();

    private void Release()
    {
        _release?.Dispose();
        _release = null;
        if (_held is null)
        {
            return;
        }

        Unlock(_held);
        _held = null;
    }

    private static void Unlock(NpgsqlConnection connection)
    {
        try
        {
            Execute(connection, "SELECT pg_advisory_unlock(@lock);");
        }
        catch (NpgsqlException)
        {
            // the connection is broken; the server ends its session, and with it the lock
        }
        finally
        {
            connection.Dispose();
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("lock", AdvisoryLockId);
        command.ExecuteNonQuery();
    }
}
