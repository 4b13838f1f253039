namespace GesprekBot.Bot.Turns;

public static class TurnPipelineExtensions
{
    public static WebApplicationBuilder AddTurnPipeline(this WebApplicationBuilder builder) => builder;
}
