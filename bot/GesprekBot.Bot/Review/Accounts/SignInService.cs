using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Review.Accounts;

/// <summary>
/// Checks a password with lockout: after <see cref="ReviewOptions.MaxFailedSignIns"/> failures in a row
/// the account is locked for <see cref="ReviewOptions.LockoutDuration"/>, and while it is locked even
/// the right password is refused, so guessing cannot continue. Each attempt is counted in the store
/// before its password is checked, so many attempts at once are counted one by one (64 parallel wrong
/// passwords were all checked when the count was written back afterwards). A locked account, an
/// unknown address and a wrong password take the same time: a hash is checked in each case.
/// </summary>
public sealed partial class SignInService(
    CaseworkerStore accounts,
    IPasswordHasher<Caseworker> hasher,
    TimeProvider time,
    IOptions<ReviewOptions> options,
    ILogger<SignInService> logger)
{
    // Hashing for unknown addresses too keeps the answer time the same, so it does not tell which addresses exist.
    private static readonly Lazy<Caseworker> Nobody = new(() =>
    {
        var nobody = new Caseworker { Id = "-", Email = "-", Name = "-", Organisation = "-", PasswordHash = string.Empty };
        return nobody with { PasswordHash = new PasswordHasher<Caseworker>().HashPassword(nobody, Guid.NewGuid().ToString()) };
    });

    public async Task<SignInOutcome> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByEmailAsync(email ?? string.Empty, cancellationToken);
        if (account is null)
        {
            _ = Verify(Nobody.Value, password);
            LogUnknownAddress(logger);
            return SignInOutcome.Refused(null, lockedOut: false);
        }

        var now = time.GetUtcNow();
        var settings = options.Value;
        if (!await accounts.ClaimSignInAttemptAsync(account, now, settings.MaxFailedSignIns, now + settings.LockoutDuration, cancellationToken))
        {
            _ = Verify(Nobody.Value, password);
            LogLocked(logger, account.Id);
            return SignInOutcome.Refused(account, lockedOut: true);
        }

        var result = Verify(account, password);
        if (result == PasswordVerificationResult.Failed)
        {
            LogWrongPassword(logger, account.Id);
            return SignInOutcome.Refused(account, lockedOut: false);
        }

        await accounts.ClearSignInFailuresAsync(account, cancellationToken);
        var signedIn = account with { FailedSignIns = 0, LockedUntil = null };
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            signedIn = signedIn with { PasswordHash = hasher.HashPassword(signedIn, password) };
            await accounts.ReplaceAsync(signedIn, cancellationToken);
        }

        return new SignInOutcome(signedIn, null, LockedOut: false);
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

    // Account ids only: an e-mail address typed at the sign-in page is personal data (and may be a password typed in the wrong field).
    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in failed: wrong password for account {AccountId}")]
    private static partial void LogWrongPassword(ILogger logger, string accountId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: account {AccountId} is locked after too many wrong passwords")]
    private static partial void LogLocked(ILogger logger, string accountId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in failed: no account for the address given")]
    private static partial void LogUnknownAddress(ILogger logger);
}
