using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using GesprekBot.Bot.Review.Invites;
using GesprekBot.Dialogs.Intake;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Review.Pages;

/// <summary>The organisation's invite links and the intakes that were started with each.</summary>
public sealed class InvitesModel(InviteStore invites, ReviewIntakes intakes, AuditLog audit, IOptions<ReviewOptions> options) : PageModel
{
    /// <summary>At most this many intakes are looked up for the invites on the page.</summary>
    private const int UsedByLimit = 500;

    private IReadOnlyList<ReviewIntake> intakesOfOrganisation = [];

    public IReadOnlyList<Invite> Invites { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        Invites = await invites.ForAsync(user.Organisation, cancellationToken);
        intakesOfOrganisation = await intakes.StartedWithAsync(user, [.. Invites.Select(i => i.Code)], UsedByLimit, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        var invite = await invites.CreateAsync(user, cancellationToken);
        await audit.WriteAsync(user, AuditAction.InviteCreated, null, invite.Code, cancellationToken);
        return LocalRedirect("/review/invites");
    }

    public string LinkFor(string code) => InviteQrEndpoint.LinkFor(options.Value, code);

    public IReadOnlyList<ReviewIntake> UsedBy(string code) =>
        [.. intakesOfOrganisation.Where(i => IntakeCodes.SameCode(i.Record.InviteCode, code))];
}
