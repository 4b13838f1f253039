using System.Security.Cryptography;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Storage.Invites;

namespace GesprekBot.Bot.Review.Invites;

/// <summary>
/// Invites, a row each in <c>invites</c> (see <see cref="InviteRepository"/>). The code is the
/// table's key, so it is unique across organisations and found with one indexed read.
/// </summary>
public sealed class InviteStore
{
    // No 0/O, 1/I/L: the code is also read aloud or typed over from paper.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int CodeLength = 10;

    // 31^10 codes: a clash is already rare; this bound only turns a broken random source into an error.
    private const int MaxAttempts = 16;

    private readonly InviteRepository _repository;
    private readonly TimeProvider _time;
    private readonly Func<string> _newCode;

    public InviteStore(InviteRepository repository, TimeProvider time)
        : this(repository, time, () => RandomNumberGenerator.GetString(Alphabet, CodeLength))
    {
    }

    /// <param name="newCode">Draws a code; tests pass one that repeats, to see a clash drawn again.</param>
    internal InviteStore(InviteRepository repository, TimeProvider time, Func<string> newCode)
    {
        _repository = repository;
        _time = time;
        _newCode = newCode;
    }

    public async Task<IReadOnlyList<Invite>> AllAsync(CancellationToken cancellationToken) =>
        [.. (await _repository.AllAsync(cancellationToken)).Select(ToInvite)];

    /// <summary>The organisation's invites (its name compared ignoring case), newest first.</summary>
    public async Task<IReadOnlyList<Invite>> ForAsync(string organisation, CancellationToken cancellationToken) =>
        [.. (await _repository.ForAsync(organisation, cancellationToken)).Select(ToInvite)];

    /// <summary>The invite with this code (any case, spaces around it ignored), or null: an unknown code.</summary>
    public async Task<Invite?> FindAsync(string? code, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code) ? null
            : await _repository.FindAsync(code, cancellationToken) is { } stored ? ToInvite(stored) : null;

    /// <summary>A new invite with a fresh code; a code that is taken (the table's key says so) is drawn again.</summary>
    public async Task<Invite> CreateAsync(ReviewUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        for (var attempt = 1; ; attempt++)
        {
            var invite = new Invite(_newCode(), user.Organisation, _time.GetUtcNow(), user.Name);
            if (await _repository.TryAddAsync(ToStored(invite), cancellationToken))
            {
                return invite;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"No free invite code after {MaxAttempts} attempts.");
            }
        }
    }

    internal static StoredInvite ToStored(Invite invite) => new(invite.Code, invite.Organisation, invite.CreatedAt, invite.CreatedBy);

    private static Invite ToInvite(StoredInvite stored) => new(stored.Code, stored.Organisation, stored.CreatedAt, stored.CreatedBy);
}
