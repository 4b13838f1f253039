using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Invites;
using GesprekBot.Dialogs.Intake;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>
/// Where an intake lands, so that every intake reaches a caseworker of a real organisation: the
/// organisation of its invite; else the one an admin assigned it to; else <c>Review:DefaultOrganisation</c>;
/// else, when all accounts belong to one organisation, that one. Otherwise it is unassigned (null)
/// and waits in the admins' queue. Decided when read, so a later invite store or account change applies.
/// </summary>
public sealed class IntakeOrganisations(InviteStore invites, CaseworkerStore accounts, IOptions<ReviewOptions> options)
{
    public async Task<Placement> CurrentAsync(CancellationToken cancellationToken) =>
        new(await invites.AllAsync(cancellationToken), await FallbackAsync(cancellationToken));

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

    /// <summary>The invites and the fallback as they are now, to place many intakes with one read.</summary>
    public sealed record Placement(IReadOnlyList<Invite> Invites, string? Fallback)
    {
        public Invite? InviteOf(IntakeRecord record) =>
            string.IsNullOrWhiteSpace(record.InviteCode)
                ? null
                : Invites.FirstOrDefault(i => string.Equals(i.Code, record.InviteCode.Trim(), StringComparison.OrdinalIgnoreCase));

        /// <summary>The owning organisation, or null when the intake waits for an admin.</summary>
        public string? OrganisationOf(IntakeRecord record, ReviewMeta meta) =>
            InviteOf(record)?.Organisation ?? meta.AssignedOrganisation ?? Fallback;
    }
}
