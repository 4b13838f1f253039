namespace GesprekBot.Bot.Channels.Teams;

/// <summary>Settings of the Teams channel (section <c>Teams</c>).</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>
    /// The Microsoft Entra tenant ids whose users may talk to the bot in Teams; empty lets every
    /// tenant in. Anyone can add a published bot in their own tenant, so an organisation that runs
    /// GesprekBot for its own clients lists its tenant here.
    /// </summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>
    /// Run conversations in group chats and channels too. Off by default: every member reads along
    /// there, so the client intake says to send a personal message instead (<see cref="TeamsSharedChatGate"/>).
    /// </summary>
    public bool AllowSharedChats { get; set; }

    public bool Allows(string? tenantId)
    {
        var allowed = AllowedTenants.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        return allowed.Count == 0
            || (!string.IsNullOrWhiteSpace(tenantId) && allowed.Exists(t => string.Equals(t.Trim(), tenantId.Trim(), StringComparison.OrdinalIgnoreCase)));
    }
}
