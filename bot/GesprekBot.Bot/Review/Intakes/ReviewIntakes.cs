using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Intakes;
using GesprekBot.Storage.Review;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>
/// The only way the review pages reach intakes: every read goes through the caseworker's organisation,
/// and an intake of another organisation is reported as missing (the pages answer 404, not 403, so
/// the existence of someone else's intake is not revealed). An intake no organisation owns (stored
/// without one, see <see cref="IntakeOrganisations"/>) is open to admins only, with an empty organisation, until one assigns it.
/// </summary>
public sealed class ReviewIntakes(IntakeCatalog catalog, ReviewRecords review, IntakeErasure erasure, ReviewColleagues colleagues)
{
    /// <summary>One page of the caseworker's organisation's intakes; the filter's code as the client gives it (any case, dash or spaces).</summary>
    public async Task<ReviewIntakePage> ListAsync(ReviewUser user, ReviewFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);

        // A blank organisation would query the unassigned queue, which is for admins only.
        return string.IsNullOrWhiteSpace(user.Organisation)
            ? ReviewIntakePage.Empty
            : Listed(await catalog.PageAsync(filter.ToQuery(user.Organisation.Trim(), filter.Page, user.Id), cancellationToken));
    }

    /// <summary>Intakes no organisation owns (no valid invite, no default): only admins see them, to assign them.</summary>
    public async Task<ReviewIntakePage> UnassignedAsync(ReviewUser user, ReviewFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        return user.IsAdmin ? Listed(await catalog.PageAsync(filter.ToQuery(organisation: null, filter.UnassignedPage), cancellationToken)) : ReviewIntakePage.Empty;
    }

    /// <summary>The organisation's most recent intakes (urgent first), at most <paramref name="limit"/>: what a caseworker picks from.</summary>
    public async Task<IReadOnlyList<ReviewIntake>> RecentAsync(ReviewUser user, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return string.IsNullOrWhiteSpace(user.Organisation)
            ? []
            : Listed(await catalog.PageAsync(new IntakeQuery { Organisation = user.Organisation.Trim(), PageSize = limit }, cancellationToken)).Items;
    }

    /// <summary>The organisation's intakes started with one of its invites, newest first.</summary>
    public async Task<IReadOnlyList<ReviewIntake>> StartedWithAsync(ReviewUser user, IReadOnlyCollection<string> inviteCodes, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return string.IsNullOrWhiteSpace(user.Organisation) ? [] : [.. (await catalog.StartedWithAsync(user.Organisation, inviteCodes, limit, cancellationToken)).Select(Listed)];
    }

    /// <summary>An intake the caseworker may see, with its status and notes: their organisation's, or for an admin also an unassigned one.</summary>
    public async Task<ReviewIntake?> FindAsync(ReviewUser user, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(id) || await catalog.FindAsync(id, cancellationToken) is not { } found
            || found.Record.Status == IntakeStatus.Discarded || !MaySee(user, found.Organisation))
        {
            return null;
        }

        var notes = await review.NotesAsync(found.Record.Id, cancellationToken);
        var meta = new ReviewMeta
        {
            Status = ReviewMeta.Parse(found.ReviewStatus),
            Notes = [.. notes.Select(n => new ReviewNote(n.At, n.AuthorId, n.AuthorName, n.Text))],
            Assignee = found.Assignee,
        };
        return new ReviewIntake(found.Record, meta, found.Organisation ?? string.Empty);
    }

    /// <summary>The codes (as the client reads them) of those of <paramref name="ids"/> the caseworker may see and that still exist.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CodesAsync(ReviewUser user, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var found = await catalog.FindManyAsync(ids, cancellationToken);
        return found.Where(f => f.Record.Status != IntakeStatus.Discarded && MaySee(user, f.Organisation))
            .ToDictionary(f => f.Record.Id, f => f.Record.Code is { } code ? IntakeCodes.Display(code) : ReviewText.Text("NoCode"), StringComparer.Ordinal);
    }

    /// <summary>
    /// An admin takes an unassigned intake for their own organisation. False when it is not
    /// (or no longer) unassigned, or the caseworker is no admin: nothing changes then. Two admins at once: the first one keeps it.
    /// </summary>
    public async Task<bool> AssignToOwnOrganisationAsync(ReviewUser user, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAdmin
            && await FindAsync(user, id, cancellationToken) is { Organisation.Length: 0 } intake
            && await catalog.AssignAsync(intake.Id, user.Organisation, cancellationToken);
    }

    /// <summary>
    /// Assigns an intake of the caseworker's organisation to a colleague (or to nobody, with a blank
    /// id). Someone of another organisation, or an id nobody has, is <see cref="AssignOutcome.Refused"/>;
    /// an intake the caseworker may not see, or one no organisation owns yet, is <see cref="AssignOutcome.NotFound"/>.
    /// </summary>
    public async Task<AssignOutcome> AssignCaseworkerAsync(ReviewUser user, string id, string? caseworkerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await FindAsync(user, id, cancellationToken) is not { Organisation.Length: > 0 } intake)
        {
            return AssignOutcome.NotFound;
        }

        if (!string.IsNullOrWhiteSpace(caseworkerId) && await colleagues.FindAsync(user, caseworkerId, cancellationToken) is null)
        {
            return AssignOutcome.Refused;
        }

        return await review.SetAssigneeAsync(intake.Id, caseworkerId, nameof(ReviewStatus.New), cancellationToken)
            ? AssignOutcome.Assigned
            : AssignOutcome.NotFound;
    }

    public Task SetStatusAsync(string id, ReviewStatus status, CancellationToken cancellationToken) =>
        review.SetStatusAsync(id, status.ToString(), cancellationToken);

    public Task AddNoteAsync(string id, ReviewNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        return review.AddNoteAsync(id, new StoredReviewNote(note.At, note.AuthorId, note.AuthorName, note.Text), cancellationToken);
    }

    /// <summary>
    /// Deletes the intake for real, with every copy: the record (with its map), the review's status and
    /// notes, its conversations' transcripts and state, its resume codes. A client still chatting is
    /// told at their next message, and that message does not save it again.
    /// </summary>
    public Task DeleteAsync(string id, CancellationToken cancellationToken) =>
        erasure.EraseAsync(id, ErasureOrigin.Caseworker, currentStateKey: null, cancellationToken);

    private static bool MaySee(ReviewUser user, string? organisation) =>
        organisation is null ? user.IsAdmin : user.BelongsTo(organisation);

    private static ReviewIntakePage Listed(IntakePage page) =>
        new([.. page.Items.Select(Listed)], page.Page, page.HasNext) { Total = page.Total, PageCount = page.PageCount };

    // The list shows the status and who has it, not the notes: they are read on the intake's own page.
    private static ReviewIntake Listed(CatalogedIntake intake) =>
        new(intake.Record, new ReviewMeta { Status = ReviewMeta.Parse(intake.ReviewStatus), Assignee = intake.Assignee }, intake.Organisation ?? string.Empty);
}
