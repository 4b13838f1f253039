using GesprekBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGesprekBot();

var app = builder.Build();
app.MapGesprekBot();
app.Run();

/// <summary>Entry point, public so WebApplicationFactory can start the real app in tests.</summary>
public partial class Program;
