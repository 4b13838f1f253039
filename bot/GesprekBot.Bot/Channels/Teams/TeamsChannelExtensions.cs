using GesprekBot.Bot.Turns;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.Teams;

/// <summary>
/// Microsoft Teams on top of the Bot Framework channel: its settings and, in front of the turn
/// pipeline, the tenant gate and the gate that keeps intakes out of group chats and channels. Cards, mentions and threads are shaped in Protocol (ReplyMapper, MentionText,
/// ReplyAddressing), which every channel goes through.
/// </summary>
public static class TeamsChannelExtensions
{
    /// <summary>Call after the turn pipeline is registered: the gate wraps its <see cref="IActivityProcessor"/>.</summary>
    public static WebApplicationBuilder AddTeamsChannel(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName);

        services.DecorateActivityProcessor((sp, pipeline) => new TeamsTenantGate(
            new TeamsSharedChatGate(pipeline, sp.GetRequiredService<IOptionsMonitor<TeamsOptions>>(), sp.GetRequiredService<ILogger<TeamsSharedChatGate>>()),
            sp.GetRequiredService<IOptionsMonitor<TeamsOptions>>(),
            sp.GetRequiredService<ILogger<TeamsTenantGate>>()));
        return builder;
    }
}
