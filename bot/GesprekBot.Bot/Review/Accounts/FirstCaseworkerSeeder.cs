using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Review.Accounts;

/// <summary>
/// Creates <c>Review:FirstCaseworker</c> as an admin at start when there is no account at all, so a fresh
/// installation can be opened without the command line. It never changes an existing account.
/// </summary>
internal sealed partial class FirstCaseworkerSeeder(CaseworkerStore accounts, IOptions<ReviewOptions> options, ILogger<FirstCaseworkerSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var first = options.Value.FirstCaseworker;
        if (string.IsNullOrWhiteSpace(first.Email) || string.IsNullOrWhiteSpace(first.Password))
        {
            return;
        }

        try
        {
            if ((await accounts.AllAsync(cancellationToken)).Count == 0)
            {
                await accounts.AddAsync(first.Email, first.Name ?? first.Email, FirstOrganisation(first, options.Value), isAdmin: true, first.Password, cancellationToken);
                LogCreated(logger);
            }
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // A bad configured password must not stop the bot for the clients.
            LogFailed(logger, exception.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // As the only organisation it also receives the intakes started without an invite.
    private static string FirstOrganisation(FirstCaseworkerOptions first, ReviewOptions options) =>
        new[] { first.Organisation, options.DefaultOrganisation }.FirstOrDefault(o => !string.IsNullOrWhiteSpace(o)) ?? "default";

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first caseworker account from configuration; remove Review:FirstCaseworker:Password now.")]
    private static partial void LogCreated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create the first caseworker from configuration: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
