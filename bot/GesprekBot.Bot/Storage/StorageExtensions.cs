namespace GesprekBot.Bot.Storage;

public static class StorageExtensions
{
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder) => builder;
}
