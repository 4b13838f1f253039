using GesprekBot.Bot.Review.Storage;
using Microsoft.AspNetCore.Identity;

namespace GesprekBot.Bot.Review.Accounts;

/// <summary>
/// All accounts in one document (<c>review/caseworkers</c>): a service has tens of caseworkers, and
/// one document makes "the e-mail address is unique" a single ETag-checked write.
/// </summary>
public sealed class CaseworkerStore(ReviewDocuments documents, IPasswordHasher<Caseworker> hasher)
{
    private const string Key = "review/caseworkers";
    public const int MinimumPasswordLength = 12;

    public async Task<IReadOnlyList<Caseworker>> AllAsync(CancellationToken cancellationToken) =>
        await documents.ReadAsync<List<Caseworker>>(Key, cancellationToken) ?? [];

    public async Task<Caseworker?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(c => c.Email == Caseworker.Normalise(email));

    /// <summary>Creates an account; false when the address is taken (no account is changed).</summary>
    public async Task<bool> AddAsync(string email, string name, string organisation, bool isAdmin, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        if (password.Length < MinimumPasswordLength)
        {
            throw new ArgumentException($"A password needs at least {MinimumPasswordLength} characters.", nameof(password));
        }

        var added = false;
        await documents.UpdateAsync<List<Caseworker>>(Key, current =>
        {
            var list = current ?? [];
            added = list.TrueForAll(c => c.Email != Caseworker.Normalise(email));
            if (added)
            {
                var account = new Caseworker
                {
                    Id = Guid.NewGuid().ToString("N"),
                    Email = Caseworker.Normalise(email),
                    Name = name.Trim(),
                    Organisation = organisation.Trim(),
                    IsAdmin = isAdmin,
                    PasswordHash = string.Empty,
                };
                list.Add(account with { PasswordHash = hasher.HashPassword(account, password) });
            }

            return list;
        }, cancellationToken);
        return added;
    }

    public Task ReplaceAsync(Caseworker account, CancellationToken cancellationToken) =>
        documents.UpdateAsync<List<Caseworker>>(Key, current =>
            [.. (current ?? []).Select(c => c.Id == account.Id ? account : c)], cancellationToken);
}
