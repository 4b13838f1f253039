namespace GesprekBot.Bot.Health;

public static class HealthProbeExtensions
{
    public static WebApplicationBuilder AddHealthProbes(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapHealthProbes(this WebApplication app) => app;
}
