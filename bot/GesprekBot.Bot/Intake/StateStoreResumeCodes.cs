using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Storage.ResumeCodes;

namespace GesprekBot.Bot.Intake;

/// <summary>
/// Resume codes, a row each in <c>resume_codes</c> (see <see cref="ResumeCodeRepository"/>): only the
/// code's hash is kept, with the conversation's state key encrypted. Redeeming deletes the row in the
/// statement that reads it, so two conversations racing with the same code cannot both resume.
/// Expired codes open nothing. (The name is older than the table; callers know it.)
/// </summary>
public sealed class StateStoreResumeCodes(ResumeCodeRepository repository, TimeProvider time) : IResumeCodes
{
    public async Task RegisterAsync(string code, string conversationKey, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);

        // A turn that runs again after a conflict registers the same code again, harmlessly.
        await repository.RegisterAsync(code, conversationKey, expiresAt, cancellationToken);
    }

    public Task<string?> RedeemAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return repository.RedeemAsync(code, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Deletes a code whatever its state: its intake was erased.</summary>
    public Task RevokeAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return repository.RevokeAsync(code, cancellationToken);
    }

    /// <summary>Deletes the code when it has expired; true when it is gone (expired, used or never there).</summary>
    public Task<bool> PurgeIfExpiredAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return repository.PurgeIfExpiredAsync(code, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Deletes every code that expired by <paramref name="now"/>, in one statement.</summary>
    /// <returns>How many were deleted.</returns>
    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        repository.PurgeExpiredAsync(now, cancellationToken);
}
