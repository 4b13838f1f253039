using GesprekBot.Bot.Review.Accounts;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>A caseworker as an assignee: the id stored with the intake and the name shown for it.</summary>
public sealed record Colleague(string Id, string Name);

/// <summary>
/// The caseworkers an intake can be assigned to: those of the signed-in caseworker's organisation,
/// and no one else. Names for the list and the audit log come from here too, so an id never shows.
/// </summary>
public sealed class ReviewColleagues(CaseworkerStore caseworkers)
{
    /// <summary>The organisation's caseworkers by name.</summary>
    public async Task<IReadOnlyList<Colleague>> OfAsync(ReviewUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var all = await caseworkers.AllAsync(cancellationToken);
        return [.. all.Where(c => user.BelongsTo(c.Organisation))
            .Select(c => new Colleague(c.Id, c.Name))
            .OrderBy(c => c.Name, StringComparer.Create(ReviewText.Culture, ignoreCase: true))];
    }

    /// <summary>The colleague with this id; null when there is none in the caseworker's organisation.</summary>
    public async Task<Colleague?> FindAsync(ReviewUser user, string id, CancellationToken cancellationToken) =>
        (await OfAsync(user, cancellationToken)).FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
}
