namespace GesprekBot.Storage.Notices;

/// <summary>Where a Teams channel is reached proactively; <see cref="RemovedAt"/> is set once the bot left the team.</summary>
public sealed record StoredTeamsChannel(
    string ChannelId,
    string TeamId,
    string? TenantId,
    string ServiceUrl,
    string BotId,
    DateTimeOffset AddedAt,
    DateTimeOffset? RemovedAt);
