namespace GesprekBot.Bot.Channels.BotFramework;

public static class BotFrameworkChannelExtensions
{
    public static WebApplicationBuilder AddBotFrameworkChannel(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapBotFrameworkChannel(this WebApplication app) => app;
}
