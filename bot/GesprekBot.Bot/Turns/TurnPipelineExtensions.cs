using GesprekBot.Dialogs;

namespace GesprekBot.Bot.Turns;

public static class TurnPipelineExtensions
{
    public static WebApplicationBuilder AddTurnPipeline(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => GesprekBotDialogs.CreateEngine(services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<ConversationLocks>();
        builder.Services.AddSingleton<IActivityProcessor, ActivityProcessor>();
        return builder;
    }
}
