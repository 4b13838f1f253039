using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// CORS for pages on other origins that embed Web Chat against this bot: only the configured
/// origins, only the headers DirectLineJS sends (Authorization, x-ms-bot-agent). The bot's own
/// page is same-origin and needs none of this.
/// </summary>
internal sealed class DirectLineCorsSetup(IOptions<DirectLineOptions> directLine) : IConfigureOptions<CorsOptions>
{
    public void Configure(CorsOptions options) =>
        options.AddPolicy(DirectLineExtensions.CorsPolicy, policy => policy
            .WithOrigins([.. directLine.Value.AllowedOrigins])
            .WithHeaders("Authorization", "x-ms-bot-agent", "Content-Type", "Accept")
            .WithMethods("GET", "POST"));
}
