using GesprekBot.Storage.Accounts;
using Microsoft.AspNetCore.Identity;

namespace GesprekBot.Bot.Review.Accounts;

/// <summary>
/// Caseworker accounts, a row each in <c>caseworkers</c> (see <see cref="CaseworkerRepository"/>).
/// The e-mail address is unique by the table's key, so two adds of one address at the same moment
/// create one account.
/// </summary>
public sealed class CaseworkerStore(CaseworkerRepository repository, IPasswordHasher<Caseworker> hasher)
{
    public async Task<IReadOnlyList<Caseworker>> AllAsync(CancellationToken cancellationToken) =>
        [.. (await repository.AllAsync(cancellationToken)).Select(ToCaseworker)];

    public async Task<Caseworker?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        await repository.FindByEmailAsync(Caseworker.Normalise(email), cancellationToken) is { } stored ? ToCaseworker(stored) : null;

    /// <summary>Creates an account; false when the address is taken (no account is changed).</summary>
    public async Task<bool> AddAsync(string email, string name, string organisation, bool isAdmin, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        if (PasswordPolicy.Problem(password) is { } problem)
        {
            throw new ArgumentException(problem, nameof(password));
        }

        var account = new Caseworker
        {
            Id = Guid.NewGuid().ToString("N"),
            Email = Caseworker.Normalise(email),
            Name = name.Trim(),
            Organisation = organisation.Trim(),
            IsAdmin = isAdmin,
            PasswordHash = string.Empty,
            SecurityStamp = Caseworker.NewSecurityStamp(),
        };
        return await repository.AddAsync(ToStored(account with { PasswordHash = hasher.HashPassword(account, password) }), cancellationToken);
    }

    public Task ReplaceAsync(Caseworker account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return repository.ReplaceAsync(ToStored(account), cancellationToken);
    }

    /// <summary>Ends every session of the account (its cookies carry the old stamp); false when there is no such account.</summary>
    public async Task<bool> RotateSecurityStampAsync(string id, CancellationToken cancellationToken)
    {
        if ((await AllAsync(cancellationToken)).FirstOrDefault(a => a.Id == id) is not { } account)
        {
            return false;
        }

        await ReplaceAsync(account with { SecurityStamp = Caseworker.NewSecurityStamp() }, cancellationToken);
        return true;
    }

    /// <summary>Counts a sign-in attempt before its password is checked; false while the account is locked (see <see cref="CaseworkerRepository.ClaimSignInAttemptAsync"/>).</summary>
    public Task<bool> ClaimSignInAttemptAsync(Caseworker account, DateTimeOffset now, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return repository.ClaimSignInAttemptAsync(account.Id, now, maxFailures, lockUntil, cancellationToken);
    }

    public Task ClearSignInFailuresAsync(Caseworker account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return repository.ClearSignInFailuresAsync(account.Id, cancellationToken);
    }

    internal static StoredCaseworker ToStored(Caseworker account) => new(
        account.Id, account.Email, account.Name, account.Organisation, account.IsAdmin, account.PasswordHash, account.FailedSignIns, account.LockedUntil, account.SecurityStamp);

    private static Caseworker ToCaseworker(StoredCaseworker stored) => new()
    {
        Id = stored.Id,
        Email = stored.Email,
        Name = stored.Name,
        Organisation = stored.Organisation,
        IsAdmin = stored.IsAdmin,
        PasswordHash = stored.PasswordHash,
        FailedSignIns = stored.FailedSignIns,
        LockedUntil = stored.LockedUntil,
        SecurityStamp = stored.SecurityStamp,
    };
}
