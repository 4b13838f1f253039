using Dapper;
using GesprekBot.Storage.Database;

namespace GesprekBot.Storage.Notices;

/// <summary>
/// The <c>teams_channels</c> table: one row per channel the bot was added to (in practice a team's
/// General channel, whose id is the team's conversation id). Adding again revives a removed row.
/// </summary>
public sealed class TeamsChannelRepository(StorageDatabase database)
{
    private const string Columns =
        "channel_id AS ChannelId, team_id AS TeamId, tenant_id AS TenantId, service_url AS ServiceUrl, bot_id AS BotId, added_at AS AddedAt, removed_at AS RemovedAt";

    public Task SaveAsync(StoredTeamsChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return database.WriteAsync(
            (connection, ct) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO teams_channels (channel_id, team_id, tenant_id, service_url, bot_id, added_at, removed_at)
                VALUES (@ChannelId, @TeamId, @TenantId, @ServiceUrl, @BotId, @AddedAt, NULL)
                ON CONFLICT (channel_id) DO UPDATE SET team_id = excluded.team_id, tenant_id = excluded.tenant_id,
                    service_url = excluded.service_url, bot_id = excluded.bot_id, added_at = excluded.added_at, removed_at = NULL;
                """,
                new
                {
                    channel.ChannelId,
                    channel.TeamId,
                    channel.TenantId,
                    channel.ServiceUrl,
                    channel.BotId,
                    AddedAt = StorageTime.ToColumn(channel.AddedAt),
                },
                cancellationToken: ct)),
            cancellationToken);
    }

    /// <summary>Marks every channel of the team gone (the bot was removed from the team).</summary>
    public Task<int> MarkTeamRemovedAsync(string teamId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, ct) => connection.ExecuteAsync(new CommandDefinition(
                "UPDATE teams_channels SET removed_at = @at WHERE team_id = @teamId AND removed_at IS NULL;",
                new { teamId, at = StorageTime.ToColumn(at) },
                cancellationToken: ct)),
            cancellationToken);

    public async Task<StoredTeamsChannel?> FindAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM teams_channels WHERE channel_id = @channelId;", new { channelId }, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    public async Task<IReadOnlyList<StoredTeamsChannel>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM teams_channels ORDER BY added_at DESC, channel_id;", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToStored())];
    }

    private sealed class Row
    {
        public string ChannelId { get; set; } = string.Empty;

        public string TeamId { get; set; } = string.Empty;

        public string? TenantId { get; set; }

        public string ServiceUrl { get; set; } = string.Empty;

        public string BotId { get; set; } = string.Empty;

        public long AddedAt { get; set; }

        public long? RemovedAt { get; set; }

        public StoredTeamsChannel ToStored() =>
            new(ChannelId, TeamId, TenantId, ServiceUrl, BotId, StorageTime.FromColumn(AddedAt), StorageTime.FromColumn(RemovedAt));
    }
}
