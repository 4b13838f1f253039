using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GesprekBot.Bot.Review.Pages;

/// <summary>One intake: crisis flags, answers, map, RADIO, figures, notes, status, exports, delete.</summary>
public sealed class IntakeModel(ReviewIntakes intakes, AuditLog audit, TimeProvider time) : PageModel
{
    public const int MaxNoteLength = 4000;

    public ReviewIntake Intake { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        if (await intakes.FindAsync(user, id, cancellationToken) is not { } intake)
        {
            return NotFound();
        }

        await audit.WriteAsync(user, AuditAction.Viewed, intake.Id, null, cancellationToken);
        Intake = intake;
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(string id, ReviewStatus status, CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        if (!ModelState.IsValid || !Enum.IsDefined(status))
        {
            return BadRequest();
        }

        if (await intakes.FindAsync(user, id, cancellationToken) is not { } intake)
        {
            return NotFound();
        }

        await audit.WriteAsync(user, AuditAction.StatusChanged, intake.Id, status.ToString(), cancellationToken);
        await intakes.SetStatusAsync(intake.Id, status, cancellationToken);
        return RedirectToIntake(intake.Id);
    }

    public async Task<IActionResult> OnPostNoteAsync(string id, string? text, CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        if (await intakes.FindAsync(user, id, cancellationToken) is not { } intake)
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var note = text.Trim();
            note = note.Length > MaxNoteLength ? note[..MaxNoteLength] : note;
            await audit.WriteAsync(user, AuditAction.NoteAdded, intake.Id, null, cancellationToken);
            await intakes.AddNoteAsync(intake.Id, new ReviewNote(time.GetUtcNow(), user.Id, user.Name, note), cancellationToken);
        }

        return RedirectToIntake(intake.Id);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, bool confirm, CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        if (await intakes.FindAsync(user, id, cancellationToken) is not { } intake)
        {
            return NotFound();
        }

        if (!confirm)
        {
            return RedirectToIntake(intake.Id);
        }

        await audit.WriteAsync(user, AuditAction.Deleted, intake.Id, null, cancellationToken);
        await intakes.DeleteAsync(intake.Id, cancellationToken);
        return LocalRedirect("/review?deleted=true");
    }

    private LocalRedirectResult RedirectToIntake(string id) => LocalRedirect($"/review/intakes/{Uri.EscapeDataString(id)}");
}
