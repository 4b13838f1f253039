using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using GesprekBot.Bot.Review.Invites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Review.Pages;

/// <summary>The organisation's invite links and the intakes that were started with each.</summary>
public sealed class InvitesModel(InviteStore invites, ReviewIntakes intakes, AuditLog audit, IOptions<ReviewOptions> options) : PageModel
{
    private IReadOnlyList<ReviewIntake> intakesOfOrganisation = [];

    public IReadOnlyList<Invite> Invites { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        Invites = await invites.ForAsync(user.Organisation, cancellationToken);
        intakesOfOrganisation = await intakes.ListAsync(user, null, cancellationToken);
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
        [.. intakesOfOrganisation.Where(i => string.Equals(i.Record.InviteCode, code, StringComparison.OrdinalIgnoreCase))];
}
