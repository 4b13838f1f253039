using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GesprekBot.Bot.Review.Pages;

/// <summary>One intake: crisis flags, answers, map, RADIO, figures, notes, status, exports, delete.</summary>
public sealed class IntakeModel(ReviewIntakes intakes, ReviewColleagues colleagues, AuditLog audit, TimeProvider time) : PageModel
{
    public const int MaxNoteLength = 4000;

    public ReviewIntake Intake { get; private set; } = null!;

    /// <summary>Whom it can be assigned to: the organisation's caseworkers.</summary>
    public IReadOnlyList<Colleague> Colleagues { get; private set; } = [];

    /// <summary>Who has it, in words.</summary>
    public string AssigneeName { get; private set; } = string.Empty;

    /// <summary>The text key of what came of the last assignment, if the page was reached from one.</summary>
    public string? AssignMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? assign, CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        if (await intakes.FindAsync(user, id, cancellationToken) is not { } intake)
        {
            return NotFound();
        }

        await audit.WriteAsync(user, AuditAction.Viewed, intake.Id, null, cancellationToken);
        Intake = intake;
        Colleagues = await colleagues.OfAsync(user, cancellationToken);
        AssigneeName = intake.Meta.Assignee is not { } assignee ? ReviewText.Text("Nobody")
            : Colleagues.FirstOrDefault(c => c.Id == assignee)?.Name ?? ReviewText.Text("UnknownCaseworker");
        AssignMessage = assign switch { "saved" => "AssignSaved", "refused" => "AssignRefused", _ => null };
        return Page();
    }

    /// <param name="id">The intake.</param>
    /// <param name="caseworker">The colleague's id; blank clears the assignment.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    public async Task<IActionResult> OnPostAssignAsync(string id, string? caseworker, CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        if (await intakes.FindAsync(user, id, cancellationToken) is not { Organisation.Length: > 0 } intake)
        {
            return NotFound();
        }

        var assignee = string.IsNullOrWhiteSpace(caseworker) ? null : await colleagues.FindAsync(user, caseworker.Trim(), cancellationToken);
        if (!string.IsNullOrWhiteSpace(caseworker) && assignee is null)
        {
            // What was posted is not written down: it may be any text.
            await audit.WriteAsync(user, AuditAction.AssignmentRefused, intake.Id, null, cancellationToken);
            return RedirectToIntake(intake.Id, "refused");
        }

        await audit.WriteAsync(user, AuditAction.AssigneeChanged, intake.Id, assignee?.Id, cancellationToken);
        return await intakes.AssignCaseworkerAsync(user, intake.Id, assignee?.Id, cancellationToken) switch
        {
            AssignOutcome.Assigned => RedirectToIntake(intake.Id, "saved"),
            AssignOutcome.Refused => RedirectToIntake(intake.Id, "refused"),
            _ => NotFound(),
        };
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

    private LocalRedirectResult RedirectToIntake(string id, string? assign = null) =>
        LocalRedirect($"/review/intakes/{Uri.EscapeDataString(id)}{(assign is null ? null : "?assign=" + assign)}");
}
