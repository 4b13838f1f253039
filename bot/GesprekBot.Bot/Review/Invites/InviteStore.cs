using System.Security.Cryptography;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Storage;

namespace GesprekBot.Bot.Review.Invites;

/// <summary>All invites in one document (<c>review/invites</c>): codes must be unique across organisations.</summary>
public sealed class InviteStore(ReviewDocuments documents, TimeProvider time)
{
    private const string Key = "review/invites";

    // No 0/O, 1/I/L: the code is also read aloud or typed over from paper.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int CodeLength = 10;

    public async Task<IReadOnlyList<Invite>> AllAsync(CancellationToken cancellationToken) =>
        await documents.ReadAsync<List<Invite>>(Key, cancellationToken) ?? [];

    public async Task<IReadOnlyList<Invite>> ForAsync(string organisation, CancellationToken cancellationToken) =>
        [.. (await AllAsync(cancellationToken))
            .Where(i => string.Equals(i.Organisation, organisation, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(i => i.CreatedAt)];

    /// <summary>The invite with this code (any case, spaces around it ignored), or null: an unknown code.</summary>
    public async Task<Invite?> FindAsync(string? code, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code)
            ? null
            : (await AllAsync(cancellationToken)).FirstOrDefault(i => string.Equals(i.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    public async Task<Invite> CreateAsync(ReviewUser user, CancellationToken cancellationToken)
    {
        Invite? created = null;
        await documents.UpdateAsync<List<Invite>>(Key, current =>
        {
            var list = current ?? [];
            string code;
            do
            {
                code = RandomNumberGenerator.GetString(Alphabet, CodeLength);
            }
            while (list.Exists(i => i.Code == code));

            created = new Invite(code, user.Organisation, time.GetUtcNow(), user.Name);
            return [.. list, created];
        }, cancellationToken);
        return created!;
    }
}
