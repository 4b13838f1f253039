using GesprekBot.Bot.Channels.BotFramework;
using GesprekBot.Bot.Channels.DirectLine;
using GesprekBot.Bot.Channels.Teams;
using GesprekBot.Bot.Health;
using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Notices;
using GesprekBot.Bot.Review;
using GesprekBot.Storage;
using GesprekBot.Bot.Turns;

namespace GesprekBot.Bot.Hosting;

/// <summary>The table of contents of the app: one Add/Map pair per feature.</summary>
public static class GesprekBotHosting
{
    public static WebApplicationBuilder AddGesprekBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddProxySupport();
        builder.AddStorage();
        builder.AddTurnPipeline();
        builder.AddIntake();
        builder.AddNotices();
        builder.AddBotFrameworkChannel();
        builder.AddTeamsChannel();
        builder.AddDirectLineChannel();
        builder.AddReview();
        builder.AddHealthProbes();
        return builder;
    }

    public static WebApplication MapGesprekBot(this WebApplication app)
    {
        app.UseProxySupport();
        app.MapBotFrameworkChannel();
        app.MapDirectLineChannel();
        app.MapHealthProbes();
        app.MapReview();
        return app;
    }
}
