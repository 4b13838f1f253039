using System.Net;
using System.Text.RegularExpressions;

namespace GesprekBot.EndToEnd.Tests.ScaleOut;

/// <summary>
/// A caseworker's browser against both instances: one cookie jar (cookies do not depend on the
/// port), so the session signed in on one instance is presented to the other — which reads it only
/// when both share the Data Protection key ring.
/// </summary>
internal sealed partial class ReviewClient : IDisposable
{
    private readonly HttpClientHandler _handler = new() { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };

    public ReviewClient(params BotProcess[] instances) =>
        Instances = [.. instances.Select(instance => new HttpClient(_handler, disposeHandler: false) { BaseAddress = instance.BaseAddress })];

    public IReadOnlyList<HttpClient> Instances { get; }

    public static async Task SignInAsync(HttpClient instance, string email, string password)
    {
        var page = await instance.GetStringAsync(new Uri("/review/signin", UriKind.Relative));
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var response = await instance.PostAsync(new Uri("/review/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}");
    }

    /// <summary>The ids of the intakes the review list shows for a code search.</summary>
    public static async Task<IReadOnlyList<string>> FindByCodeAsync(HttpClient instance, string code)
    {
        var html = await GetOkAsync(instance, $"/review?code={Uri.EscapeDataString(code)}");
        return [.. IntakeLinkPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct()];
    }

    public static async Task<string> GetOkAsync(HttpClient instance, string path)
    {
        using var response = await instance.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{instance.BaseAddress}{path} answered {(int)response.StatusCode}");
        return body;
    }

    public void Dispose()
    {
        foreach (var instance in Instances)
        {
            instance.Dispose();
        }

        _handler.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("href=\"/review/intakes/([^\"/]+)\"")]
    private static partial Regex IntakeLinkPattern();
}
