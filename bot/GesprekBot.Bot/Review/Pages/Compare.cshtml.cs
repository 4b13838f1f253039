using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using GesprekBot.Dialogs.Network.Comparison;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GesprekBot.Bot.Review.Pages;

/// <summary>
/// Two maps side by side with what changed. Intakes carry no client identity, so the caseworker
/// picks the other intake of the same client from the organisation's recent intakes with a map; the older one is "earlier".
/// </summary>
public sealed class CompareModel(ReviewIntakes intakes, AuditLog audit) : PageModel
{
    /// <summary>How many of the organisation's latest intakes the picker offers (one indexed page, not the whole caseload).</summary>
    public const int CandidateLimit = 200;

    public ReviewIntake Intake { get; private set; } = null!;

    public IReadOnlyList<ReviewIntake> Candidates { get; private set; } = [];

    public ReviewIntake? Earlier { get; private set; }

    public ReviewIntake? Later { get; private set; }

    public IReadOnlyList<string> Changes { get; private set; } = [];

    public bool Requested { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? with, CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        if (await intakes.FindAsync(user, id, cancellationToken) is not { } intake)
        {
            return NotFound();
        }

        Intake = intake;
        Candidates = [.. (await intakes.RecentAsync(user, CandidateLimit, cancellationToken)).Where(i => i.Id != intake.Id && i.Record.Network is not null)];
        if (string.IsNullOrWhiteSpace(with))
        {
            return Page();
        }

        Requested = true;
        if (await intakes.FindAsync(user, with, cancellationToken) is not { } other || other.Id == intake.Id)
        {
            return NotFound();
        }

        await audit.WriteAsync(user, AuditAction.Compared, intake.Id, other.Id, cancellationToken);
        (Earlier, Later) = When(intake) <= When(other) ? (intake, other) : (other, intake);
        if (Earlier.Record.Network is { } earlierMap && Later.Record.Network is { } laterMap)
        {
            Changes = NetworkMapComparison.Describe(NetworkMapComparison.Compare(earlierMap, laterMap), ReviewText.Culture);
        }

        return Page();
    }

    private static DateTimeOffset When(ReviewIntake intake) => intake.Record.SubmittedAt ?? intake.Record.UpdatedAt;
}
