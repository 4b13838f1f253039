namespace GesprekBot.Bot.Hosting;

/// <summary>
/// <c>Hosting:Proxy</c>: the reverse proxy in front of the bot (App Service, nginx), whose
/// X-Forwarded-For and X-Forwarded-Proto are then believed. Without it the headers are ignored:
/// believed from anyone, they would let a caller pick the address that rate limits count and
/// pretend a plain-HTTP request was HTTPS.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Hosting:Proxy";

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.4</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks the proxies are in, e.g. <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>
    /// Believe the headers from whoever connects: only when nothing but the proxy can reach the app
    /// (App Service, where the front ends' addresses are not fixed).
    /// </summary>
    public bool TrustAllProxies { get; set; }

    public bool IsConfigured => TrustAllProxies || KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
