namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// The rule for configured origins (CORS and frame-ancestors): exactly <c>scheme://host[:port]</c>
/// over http or https, as a browser sends it in the Origin header. No wildcard, no path, no
/// spaces or quotes, so a value can neither widen CORS nor add a directive to the CSP.
/// </summary>
internal static class Origins
{
    public static bool IsOrigin(string? value)
    {
        if (string.IsNullOrEmpty(value) || !Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.Equals(value, uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrEmpty(uri.UserInfo);
    }

    public static bool AllAreOrigins(IEnumerable<string> values) => values.All(IsOrigin);
}
