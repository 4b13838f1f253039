using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Review.Accounts;

/// <summary>
/// Checks a password with lockout: after <see cref="ReviewOptions.MaxFailedSignIns"/> failures in a row
/// the account is locked for <see cref="ReviewOptions.LockoutDuration"/>, and while it is locked even
/// the right password is refused, so guessing cannot continue.
/// </summary>
public sealed class SignInService(
    CaseworkerStore accounts,
    IPasswordHasher<Caseworker> hasher,
    TimeProvider time,
    IOptions<ReviewOptions> options)
{
    // Hashing for unknown addresses too keeps the answer time the same, so it does not tell which addresses exist.
    private static readonly Lazy<Caseworker> Nobody = new(() =>
    {
        var nobody = new Caseworker { Id = "-", Email = "-", Name = "-", Organisation = "-", PasswordHash = string.Empty };
        return nobody with { PasswordHash = new PasswordHasher<Caseworker>().HashPassword(nobody, Guid.NewGuid().ToString()) };
    });

    public async Task<Caseworker?> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByEmailAsync(email ?? string.Empty, cancellationToken);
        if (account is null)
        {
            _ = Verify(Nobody.Value, password);
            return null;
        }

        var now = time.GetUtcNow();
        if (account.LockedUntil is { } until && until > now)
        {
            return null;
        }

        var result = Verify(account, password);
        if (result == PasswordVerificationResult.Failed)
        {
            var failures = account.FailedSignIns + 1;
            var locked = failures >= options.Value.MaxFailedSignIns;
            await accounts.ReplaceAsync(
                account with { FailedSignIns = locked ? 0 : failures, LockedUntil = locked ? now + options.Value.LockoutDuration : account.LockedUntil },
                cancellationToken);
            return null;
        }

        var signedIn = account with { FailedSignIns = 0, LockedUntil = null };
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            signedIn = signedIn with { PasswordHash = hasher.HashPassword(signedIn, password) };
        }

        if (signedIn != account)
        {
            await accounts.ReplaceAsync(signedIn, cancellationToken);
        }

        return signedIn;
    }

    private PasswordVerificationResult Verify(Caseworker account, string password)
    {
        try
        {
            return hasher.VerifyHashedPassword(account, account.PasswordHash, password ?? string.Empty);
        }
        catch (FormatException)
        {
            return PasswordVerificationResult.Failed;
        }
    }
}
