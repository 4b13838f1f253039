using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// CORS for pages on other origins that run Web Chat against this bot (Direct Line and the chat
/// token endpoint): only the configured origins, no credentials, only the headers DirectLineJS
/// really sends. DirectLineJS 0.15 calls RxJS 5's Observable.ajax without <c>crossDomain</c>, which
/// adds <c>X-Requested-With: XMLHttpRequest</c> to every request; its own headers are
/// Authorization, x-ms-bot-agent, Accept and Content-Type (application/json). The bot's own page
/// is same-origin and needs none of this.
/// </summary>
internal sealed class DirectLineCorsSetup(IOptions<DirectLineOptions> directLine) : IConfigureOptions<CorsOptions>
{
    internal static readonly string[] AllowedHeaders = ["Authorization", "x-ms-bot-agent", "X-Requested-With", "Content-Type", "Accept"];

    public void Configure(CorsOptions options) =>
        options.AddPolicy(DirectLineExtensions.CorsPolicy, policy => policy
            .WithOrigins([.. directLine.Value.AllowedOrigins])
            .WithHeaders(AllowedHeaders)
            .WithMethods("GET", "POST")
            // Browsers may reuse a preflight for this long; DirectLineJS polls and posts often.
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
}
