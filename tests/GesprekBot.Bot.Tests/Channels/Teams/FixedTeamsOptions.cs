using GesprekBot.Bot.Channels.Teams;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Channels.Teams;

/// <summary>Teams settings that never change, for the gates' unit tests.</summary>
internal sealed class FixedTeamsOptions(TeamsOptions value) : IOptionsMonitor<TeamsOptions>
{
    public TeamsOptions CurrentValue => value;

    public TeamsOptions Get(string? name) => value;

    public IDisposable? OnChange(Action<TeamsOptions, string?> listener) => null;
}
