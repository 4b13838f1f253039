namespace GesprekBot.Bot.Channels.DirectLine;

public static class DirectLineExtensions
{
    public static WebApplicationBuilder AddDirectLineChannel(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapDirectLineChannel(this WebApplication app) => app;
}
