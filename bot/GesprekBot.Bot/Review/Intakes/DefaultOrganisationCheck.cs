using GesprekBot.Bot.Review.Accounts;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>
/// At start (after the first account may have been created): a <c>Review:DefaultOrganisation</c>
/// that no caseworker belongs to would send intakes where nobody reads them, so say so in the log.
/// </summary>
internal sealed partial class DefaultOrganisationCheck(CaseworkerStore accounts, IOptions<ReviewOptions> options, ILogger<DefaultOrganisationCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DefaultOrganisation is not { } configured || string.IsNullOrWhiteSpace(configured))
        {
            return;
        }

        var all = await accounts.AllAsync(cancellationToken);
        if (!all.Any(a => string.Equals(a.Organisation.Trim(), configured.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            LogNobodyThere(logger, configured.Trim());
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review:DefaultOrganisation is '{Organisation}', but no caseworker belongs to it: intakes without a valid invite will not be read until one does.")]
    private static partial void LogNobodyThere(ILogger logger, string organisation);
}
