using GesprekBot.Storage.Database;
using GesprekBot.Storage.Postgres;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GesprekBot.Storage.DirectLine;

/// <summary>
/// On PostgreSQL, LISTENs on one dedicated connection for appends made by any instance and tells the
/// <see cref="IDirectLineAppendListener"/>s. A lost connection is reopened with backoff; after each
/// (re)connect the listeners resynchronise, since notifications sent meanwhile are gone. On SQLite
/// there is one instance and the in-process path suffices: nothing runs.
/// </summary>
internal sealed partial class DirectLineNotificationListener(
    StorageDatabase database,
    IEnumerable<IDirectLineAppendListener> listeners,
    TimeProvider time,
    ILogger<DirectLineNotificationListener> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var targets = listeners.ToArray();
        if (database is not PostgresDatabase postgres || targets.Length == 0)
        {
            return;
        }

        var backoff = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(postgres.DataSource, targets, () => backoff = TimeSpan.FromMilliseconds(250), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                LogListenFailed(logger, ex, backoff);
                await Task.Delay(backoff, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
            }
        }
    }

    private static async Task ListenAsync(NpgsqlDataSource source, IDirectLineAppendListener[] targets, Action connected, CancellationToken cancellationToken)
    {
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        connection.Notification += (_, e) =>
        {
            if (TryParse(e.Payload, out var conversationId, out var lastSequence))
            {
                foreach (var target in targets)
                {
                    target.Appended(conversationId, lastSequence);
                }
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {DirectLineTables.NotifyChannel};", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        connected();
        foreach (var target in targets)
        {
            target.Resynchronise();
        }

        while (true)
        {
            await connection.WaitAsync(cancellationToken);
        }
    }

    internal static bool TryParse(string payload, out string conversationId, out long lastSequence)
    {
        var colon = payload.LastIndexOf(':');
        conversationId = colon > 0 ? payload[..colon] : string.Empty;
        lastSequence = 0;
        return colon > 0 && long.TryParse(payload.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out lastSequence);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for Direct Line appends failed; retrying in {Backoff}.")]
    private static partial void LogListenFailed(ILogger logger, Exception exception, TimeSpan backoff);
}
