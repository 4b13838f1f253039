using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Invites;
using GesprekBot.Bot.Review.Storage;
using GesprekBot.Dialogs.Intake;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>
/// The only way the review pages reach intakes: every read goes through the caseworker's organisation,
/// and an intake of another organisation is reported as missing (the pages answer 404, not 403, so
/// the existence of someone else's intake is not revealed).
/// </summary>
public sealed class ReviewIntakes(
    IIntakeRepository intakes,
    InviteStore invites,
    ReviewDocuments documents,
    IntakeErasure erasure,
    IOptions<ReviewOptions> options)
{
    internal static string MetaKey(string id) => $"review/intakes/{ReviewDocuments.KeyPart(id)}";

    public async Task<IReadOnlyList<ReviewIntake>> ListAsync(ReviewUser user, string? code, CancellationToken cancellationToken)
    {
        var allInvites = await invites.AllAsync(cancellationToken);
        var result = new List<ReviewIntake>();
        foreach (var entry in await intakes.ListAsync(cancellationToken))
        {
            if (entry.Status == IntakeStatus.Discarded
                || (!string.IsNullOrWhiteSpace(code) && !string.Equals(entry.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // The index has no organisation: read the record (one document per intake; fine for a service's caseload).
            var record = await intakes.FindAsync(entry.Id, cancellationToken);
            if (record is not null && user.BelongsTo(OrganisationOf(record, allInvites)))
            {
                result.Add(new ReviewIntake(record, await MetaAsync(record.Id, cancellationToken), user.Organisation));
            }
        }

        return [.. result.OrderByDescending(i => i.Record.IsUrgent).ThenByDescending(i => i.Record.SubmittedAt ?? i.Record.UpdatedAt)];
    }

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

        var organisation = OrganisationOf(record, await invites.AllAsync(cancellationToken));
        return user.BelongsTo(organisation) ? new ReviewIntake(record, await MetaAsync(id, cancellationToken), organisation) : null;
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

    private string OrganisationOf(IntakeRecord record, IReadOnlyList<Invite> allInvites) =>
        allInvites.FirstOrDefault(i => string.Equals(i.Code, record.InviteCode?.Trim(), StringComparison.OrdinalIgnoreCase))?.Organisation
        ?? options.Value.DefaultOrganisation;

    private async Task<ReviewMeta> MetaAsync(string id, CancellationToken cancellationToken) =>
        await documents.ReadAsync<ReviewMeta>(MetaKey(id), cancellationToken) ?? new();
}
