using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GesprekBot.EndToEnd.Tests.Website;

/// <summary>
/// An organisation's own website on another origin than the bot (another port of 127.0.0.1): a
/// real Kestrel server with the pages an organisation would write from the README's snippets.
/// </summary>
internal sealed class OrganisationSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private OrganisationSite(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The origin as a browser sends it: scheme://host:port, no slash.</summary>
    public string Origin => Address.GetLeftPart(UriPartial.Authority);

    /// <summary>Set once the bot runs; the pages are written at request time.</summary>
    public Uri? Bot { get; set; }

    public static async Task<OrganisationSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        OrganisationSite? site = null;
        app.MapGet("/webchat.html", () => Html(WebChatPage(site!.BotOrigin)));
        app.MapGet("/embed.html", () => Html(EmbedPage(site!.BotOrigin)));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site = new OrganisationSite(app, new Uri(address));
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private string BotOrigin => (Bot ?? throw new InvalidOperationException("The bot's address is not set.")).GetLeftPart(UriPartial.Authority);

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    /// <summary>The README's "Web Chat on your own page": the bot's Web Chat bundle, a token from the bot, Direct Line.</summary>
    private static string WebChatPage(string bot) => $$"""
        <!DOCTYPE html>
        <html lang="nl"><head><meta charset="utf-8"><title>CAW Oost – chat</title>
        <script src="{{bot}}/lib/webchat.js"></script></head>
        <body><h1>CAW Oost</h1><div id="webchat" style="height:600px"></div>
        <script>
          fetch('{{bot}}/api/chat/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ invite: 'INTAKE-0042' }) })
            .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
            .then(function (t) {
              window.WebChat.renderWebChat({
                directLine: window.WebChat.createDirectLine({ domain: '{{bot}}/v3/directline', token: t.token, webSocket: true }),
                userID: t.userId,
                locale: 'nl-BE'
              }, document.getElementById('webchat'));
              document.title = 'started';
            })
            .catch(function (e) { document.title = 'failed: ' + e.message; });
        </script></body></html>
        """;

    /// <summary>The README's script-tag embed, which puts the chat page in an iframe.</summary>
    private static string EmbedPage(string bot) => $$"""
        <!DOCTYPE html>
        <html lang="nl"><head><meta charset="utf-8"><title>CAW Oost – praat met ons</title></head>
        <body><h1>CAW Oost</h1>
        <script src="{{bot}}/embed.js" data-invite="INTAKE-0042" async></script>
        </body></html>
        """;
}
