using GesprekBot.Bot.Hosting;
using GesprekBot.Bot.Review;

var builder = WebApplication.CreateBuilder(ReviewCommands.HostArguments(args));
builder.AddGesprekBot();

var app = builder.Build();
app.MapGesprekBot();
if (await app.RunReviewCommandAsync(args))
{
    return;
}

app.Run();

/// <summary>Entry point, public so WebApplicationFactory can start the real app in tests.</summary>
public partial class Program;
