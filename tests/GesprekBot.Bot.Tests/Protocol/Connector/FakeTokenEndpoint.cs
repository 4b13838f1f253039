using System.Net;
using GesprekBot.Bot.Tests.Channels.BotFramework;

namespace GesprekBot.Bot.Tests.Protocol.Connector;

/// <summary>
/// A local stand-in for an Entra ID tenant as MSAL talks to it: the OpenID configuration of the
/// authority and its token endpoint (client credentials). Anything else is not answered (null).
/// </summary>
internal static class FakeTokenEndpoint
{
    public static HttpResponseMessage? Serve(HttpRequestMessage request, string authority, string token, int expiresIn = 3600)
    {
        var uri = request.RequestUri!.AbsoluteUri;
        if (!uri.StartsWith(authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (uri.Contains("/.well-known/openid-configuration", StringComparison.Ordinal))
        {
            return StubHttpHandler.Json($$"""
                {"issuer":"{{authority}}/v2.0","token_endpoint":"{{authority}}/oauth2/v2.0/token",
                 "authorization_endpoint":"{{authority}}/oauth2/v2.0/authorize","jwks_uri":"{{authority}}/discovery/v2.0/keys"}
                """);
        }

        return request.Method == HttpMethod.Post && uri.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
            ? StubHttpHandler.Json($$"""{"token_type":"Bearer","expires_in":{{expiresIn}},"ext_expires_in":{{expiresIn}},"access_token":"{{token}}"}""")
            : new HttpResponseMessage(HttpStatusCode.NotFound);
    }
}
