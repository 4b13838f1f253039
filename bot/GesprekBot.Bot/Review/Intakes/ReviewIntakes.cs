using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Storage;
using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>
/// The only way the review pages reach intakes: every read goes through the caseworker's organisation,
/// and an intake of another organisation is reported as missing (the pages answer 404, not 403, so
/// the existence of someone else's intake is not revealed). An intake no organisation owns
/// (<see cref="IntakeOrganisations"/>) is open to admins only, with an empty organisation, until one assigns it.
/// </summary>
public sealed class ReviewIntakes(
    IIntakeRepository intakes,
    IntakeOrganisations organisations,
    ReviewDocuments documents,
    IntakeErasure erasure)
{
    internal static string MetaKey(string id) => $"review/intakes/{ReviewDocuments.KeyPart(id)}";

    /// <summary>The intakes of the caseworker's organisation; <paramref name="code"/> as the client gives it (any case, dash or spaces).</summary>
    public async Task<IReadOnlyList<ReviewIntake>> ListAsync(ReviewUser user, string? code, CancellationToken cancellationToken) =>
        [.. (await PlacedAsync(code, cancellationToken))
            .Where(p => p.Organisation is { } organisation && user.BelongsTo(organisation))
            .Select(p => new ReviewIntake(p.Record, p.Meta, p.Organisation!))];

    /// <summary>Intakes no organisation owns (no valid invite, no default): only admins see them, to assign them.</summary>
    public async Task<IReadOnlyList<ReviewIntake>> UnassignedAsync(ReviewUser user, string? code, CancellationToken cancellationToken) =>
        !user.IsAdmin
            ? []
            : [.. (await PlacedAsync(code, cancellationToken))
                .Where(p => p.Organisation is null)
                .Select(p => new ReviewIntake(p.Record, p.Meta, string.Empty))];

    /// <summary>An intake the caseworker may see: their organisation's, or for an admin also an unassigned one.</summary>
    public async Task<ReviewIntake?> FindAsync(ReviewUser user, string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var record = await intakes.FindAsync(id, cancellationToken);
        if (record is null || record.Status == IntakeStatus.Discarded)
        {
            return null;
        }

        var meta = await MetaAsync(id, cancellationToken);
        var organisation = (await organisations.CurrentAsync(cancellationToken)).OrganisationOf(record, meta);
        return organisation is null
            ? (user.IsAdmin ? new ReviewIntake(record, meta, string.Empty) : null)
            : (user.BelongsTo(organisation) ? new ReviewIntake(record, meta, organisation) : null);
    }

    /// <summary>
    /// An admin takes an unassigned intake for their own organisation. False when it is not
    /// (or no longer) unassigned, or the caseworker is no admin: nothing changes then.
    /// </summary>
    public async Task<bool> AssignToOwnOrganisationAsync(ReviewUser user, string id, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin || await FindAsync(user, id, cancellationToken) is not { Organisation.Length: 0 } intake)
        {
            return false;
        }

        // Two admins at once: the first one keeps it.
        var meta = await documents.UpdateAsync<ReviewMeta>(MetaKey(intake.Id), meta =>
            (meta ?? new()) with { AssignedOrganisation = (meta ?? new()).AssignedOrganisation ?? user.Organisation.Trim() }, cancellationToken);
        return meta.AssignedOrganisation is { } assigned && user.BelongsTo(assigned);
    }

    public Task SetStatusAsync(string id, ReviewStatus status, CancellationToken cancellationToken) =>
        documents.UpdateAsync<ReviewMeta>(MetaKey(id), meta => (meta ?? new()) with { Status = status }, cancellationToken);

    public Task AddNoteAsync(string id, ReviewNote note, CancellationToken cancellationToken) =>
        documents.UpdateAsync<ReviewMeta>(MetaKey(id), meta => (meta ?? new()) with { Notes = [.. (meta ?? new()).Notes, note] }, cancellationToken);

    /// <summary>
    /// Deletes the intake for real, with every copy: the record (with its map), the review's status and
    /// notes, its conversations' transcripts and state, its resume codes. A client still chatting is
    /// told at their next message, and that message does not save it again.
    /// </summary>
    public Task DeleteAsync(string id, CancellationToken cancellationToken) =>
        erasure.EraseAsync(id, ErasureOrigin.Caseworker, currentStateKey: null, cancellationToken);

    /// <summary>Every live intake matching the code, placed, urgent first and newest first.</summary>
    private async Task<List<Placed>> PlacedAsync(string? code, CancellationToken cancellationToken)
    {
        var placement = await organisations.CurrentAsync(cancellationToken);
        var result = new List<Placed>();
        foreach (var entry in await intakes.ListAsync(cancellationToken))
        {
            if (entry.Status == IntakeStatus.Discarded || (!string.IsNullOrWhiteSpace(code) && !IntakeCodes.SameCode(code, entry.Code)))
            {
                continue;
            }

            // The index has no organisation: read the record (one document per intake; fine for a service's caseload).
            if (await intakes.FindAsync(entry.Id, cancellationToken) is { } record)
            {
                var meta = await MetaAsync(record.Id, cancellationToken);
                result.Add(new Placed(record, meta, placement.OrganisationOf(record, meta)));
            }
        }

        return [.. result.OrderByDescending(p => p.Record.IsUrgent).ThenByDescending(p => p.Record.SubmittedAt ?? p.Record.UpdatedAt)];
    }

    private async Task<ReviewMeta> MetaAsync(string id, CancellationToken cancellationToken) =>
        await documents.ReadAsync<ReviewMeta>(MetaKey(id), cancellationToken) ?? new();

    private sealed record Placed(IntakeRecord Record, ReviewMeta Meta, string? Organisation);
}
