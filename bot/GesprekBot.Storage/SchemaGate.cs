namespace GesprekBot.Storage;

/// <summary>
/// Runs a store's migrations once per process, on first use. A failed or cancelled attempt is not
/// remembered, so a database that was down at startup is migrated as soon as it comes back.
/// </summary>
internal sealed class SchemaGate(Func<CancellationToken, Task> migrate) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile bool _done;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (!_done)
            {
                await migrate(cancellationToken);
                _done = true;
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
