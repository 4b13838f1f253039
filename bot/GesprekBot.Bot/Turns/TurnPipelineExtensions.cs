namespace GesprekBot.Bot.Turns;

/// <summary>The turn pipeline; the dialog engine it runs is registered by the conversations (AddIntake).</summary>
public static class TurnPipelineExtensions
{
    public static WebApplicationBuilder AddTurnPipeline(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConversationLocks>();
        builder.Services.AddSingleton<IActivityProcessor, ActivityProcessor>();
        builder.Services.AddHostedService<CrisisModelWarmup>();
        return builder;
    }
}
