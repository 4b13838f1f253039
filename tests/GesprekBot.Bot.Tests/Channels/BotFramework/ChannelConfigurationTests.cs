using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Channels.BotFramework;

public class ChannelConfigurationTests
{
    [Theory]
    [InlineData("Bot:OpenIdMetadataUrl", "not a url")]
    [InlineData("Bot:MaxRequestBodyBytes", "0")]
    [InlineData("Bot:Connector:MaxRetryAttempts", "-1")]
    public void Unusable_settings_stop_the_app_at_start(string key, string value)
    {
        var error = Assert.ThrowsAny<Exception>(() =>
        {
            using var app = new BotApp(new() { [key] = value });
        });

        Assert.Contains(Chain(error), e => e is OptionsValidationException);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
