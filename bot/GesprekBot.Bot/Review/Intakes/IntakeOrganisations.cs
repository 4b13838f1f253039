using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Invites;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Intakes;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>
/// Where an intake lands, so that every intake reaches a caseworker of a real organisation: the
/// organisation of its invite; else <c>Review:DefaultOrganisation</c>; else, when all accounts
/// belong to one organisation, that one. Otherwise it is unassigned (null) and waits in the admins'
/// queue until one takes it. Decided once, when the intake starts, and stored with it.
/// </summary>
public sealed class IntakeOrganisations(InviteStore invites, CaseworkerStore accounts, IOptions<ReviewOptions> options) : IIntakePlacement
{
    public async Task<string?> OrganisationOfNewAsync(IntakeRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var invite = string.IsNullOrWhiteSpace(record.InviteCode) ? null : await invites.FindAsync(record.InviteCode.Trim(), cancellationToken);
        return invite?.Organisation.Trim() ?? await FallbackAsync(cancellationToken);
    }

    /// <summary>The organisation for intakes without a valid invite, or null when there is none to choose.</summary>
    public async Task<string?> FallbackAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DefaultOrganisation is { } configured && !string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim();
        }

        var all = await accounts.AllAsync(cancellationToken);
        var organisations = all.Select(a => a.Organisation.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return organisations == 1 ? (all.FirstOrDefault(a => a.IsAdmin) ?? all[0]).Organisation.Trim() : null;
    }
}
