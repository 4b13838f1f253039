using GesprekBot.Bot.Channels.BotFramework;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Protocol.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Channels.BotFramework;

// The registration is tested on its own builder: through WebApplicationFactory a start-up failure
// surfaces as a race between the failing host and the factory, not always as the validation error.
public class ChannelConfigurationTests
{
    [Theory]
    [InlineData("Bot:OpenIdMetadataUrl", "not a url")]
    [InlineData("Bot:MaxRequestBodyBytes", "0")]
    [InlineData("Bot:Connector:MaxRetryAttempts", "-1")]
    public async Task Unusable_settings_are_rejected(string key, string value)
    {
        await using var app = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() =>
        {
            _ = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        });
    }

    [Fact]
    public async Task Settings_bind_from_the_Bot_section()
    {
        await using var app = Build(new()
        {
            ["Bot:MicrosoftAppId"] = "app",
            ["Bot:MicrosoftAppTenantId"] = "tenant-1",
            ["Bot:TrustedServiceUrls:0"] = "https://smba.test/",
            ["Bot:Connector:MaxRetryAfter"] = "00:00:03",
        });

        var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        var connector = app.Services.GetRequiredService<IOptions<ConnectorOptions>>().Value;

        Assert.True(bot.AuthenticationEnabled);
        Assert.Contains("https://login.microsoftonline.com/tenant-1/v2.0", bot.EffectiveEmulatorValidIssuers);
        Assert.Equal(["https://api.botframework.com"], bot.EffectiveValidIssuers);
        Assert.Equal(["https://smba.test/"], bot.TrustedServiceUrls);
        Assert.Equal(TimeSpan.FromSeconds(3), connector.MaxRetryAfter);
    }

    [Fact]
    public void The_retired_token_url_stops_the_start_and_names_its_replacement()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Bot:OAuthTokenUrl"] = "https://login.example/token" }));

        Assert.Contains("Bot:Token:Authority", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_without_the_retired_token_url_start()
    {
        await using var app = Build(new() { ["Bot:Token:Authority"] = "https://login.microsoftonline.com/tenant-1" });

        Assert.Equal("https://login.microsoftonline.com/tenant-1", app.Services.GetRequiredService<IOptions<BotTokenOptions>>().Value.Authority);
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBotFrameworkChannel();
        return builder.Build();
    }
}
