using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Interruptions;

namespace GesprekBot.Bot.Intake;

/// <summary>
/// Resume codes as documents <c>resume-codes/{code}</c> pointing at a conversation's state key.
/// Redeeming claims the document with an ETag-checked write before deleting it, so two
/// conversations racing with the same code cannot both resume. Expired codes open nothing.
/// </summary>
public sealed class StateStoreResumeCodes(IStateStore store, TimeProvider time) : IResumeCodes
{
    public static string KeyFor(string code) => $"resume-codes/{code}";

    public async Task RegisterAsync(string code, string conversationKey, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        var entry = new ResumeEntry(conversationKey, expiresAt, Used: false);

        // "*": a turn that runs again after a conflict registers the same code again, harmlessly.
        await store.WriteAsync(KeyFor(code), JsonSerializer.Serialize(entry, DialogJson.Options), "*", cancellationToken);
    }

    public async Task<string?> RedeemAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var key = KeyFor(code);
        var item = await store.ReadAsync(key, cancellationToken);
        if (item is null || JsonSerializer.Deserialize<ResumeEntry>(item.Json, DialogJson.Options) is not { Used: false } entry)
        {
            return null;
        }

        if (entry.ExpiresAt <= time.GetUtcNow())
        {
            await store.DeleteAsync(key, cancellationToken);
            return null;
        }

        try
        {
            await store.WriteAsync(key, JsonSerializer.Serialize(entry with { Used = true }, DialogJson.Options), item.ETag, cancellationToken);
        }
        catch (StoreConflictException)
        {
            return null;
        }

        await store.DeleteAsync(key, cancellationToken);
        return entry.ConversationKey;
    }

    /// <summary>Deletes a code whatever its state: its intake was erased.</summary>
    public Task RevokeAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return store.DeleteAsync(KeyFor(code), cancellationToken);
    }

    /// <summary>Deletes the code when it has expired; true when it is gone (expired, used or never there).</summary>
    public async Task<bool> PurgeIfExpiredAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var item = await store.ReadAsync(KeyFor(code), cancellationToken);
        if (item is null)
        {
            return true;
        }

        if (JsonSerializer.Deserialize<ResumeEntry>(item.Json, DialogJson.Options) is { } entry && entry.ExpiresAt > time.GetUtcNow())
        {
            return false;
        }

        await store.DeleteAsync(KeyFor(code), cancellationToken);
        return true;
    }

    private sealed record ResumeEntry(string ConversationKey, DateTimeOffset ExpiresAt, bool Used);
}
