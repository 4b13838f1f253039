namespace GesprekBot.Storage.Legacy;

/// <summary>
/// Moves one kind of legacy document into its table, at every start until none is left. It must be
/// idempotent (insert with <c>ON CONFLICT DO NOTHING</c>, then delete the document): two instances
/// may run it at once, and a start may be interrupted halfway.
/// </summary>
public interface IStorageUpgrade
{
    /// <summary>Lower runs first (e.g. invites before intakes, which need them for the organisation).</summary>
    int Order { get; }

    Task RunAsync(LegacyDocuments documents, CancellationToken cancellationToken);
}
