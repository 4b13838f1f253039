using GesprekBot.Storage.DirectLine;
using GesprekBot.Storage.Legacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GesprekBot.Storage.Conversations;

/// <summary>The conversations kind: dialog state (the IStateStore rows), Direct Line tables and their notifications.</summary>
internal static class ConversationStorageExtensions
{
    public static IServiceCollection AddConversationStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<DirectLineTables>();
        services.AddSingleton<IStorageUpgrade, ConversationStateUpgrade>();
        services.AddHostedService<DirectLineNotificationListener>();
        return services;
    }
}
