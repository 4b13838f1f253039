using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace GesprekBot.Bot.Hosting;

/// <summary>
/// Behind a TLS proxy: the client's address and scheme from the configured proxy's forwarded
/// headers (so cookies are Secure and the per-address limits count clients, not the proxy), and
/// HSTS outside Development.
/// </summary>
public static class ProxyHosting
{
    public static WebApplicationBuilder AddProxySupport(this WebApplicationBuilder builder)
    {
        var proxy = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = proxy.IsConfigured ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            // One proxy in front: the last address it appended is the client.
            options.ForwardLimit = 1;
            // Empty lists mean "anyone" to the middleware: that is TrustAllProxies; otherwise only these.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(address, out var ip) ? ip
                    : throw new InvalidOperationException($"{ProxyOptions.Section}:KnownProxies: '{address}' is not an IP address."));
            }

            foreach (var network in proxy.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                    : throw new InvalidOperationException($"{ProxyOptions.Section}:KnownNetworks: '{network}' is not a network such as 10.0.0.0/24."));
            }

        });
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    public static WebApplication UseProxySupport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}
