using GesprekBot.Bot.Channels.DirectLine;
using Microsoft.AspNetCore.Http;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineUrlsTests
{
    [Theory]
    [InlineData("http", "ws://bot.example:8080/v3/directline/conversations/abc/stream?t=a%2Bb")]
    [InlineData("https", "wss://bot.example:8080/v3/directline/conversations/abc/stream?t=a%2Bb")]
    public void The_stream_url_matches_the_request_scheme_and_escapes_the_token(string scheme, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString("bot.example:8080");

        Assert.Equal(expected, DirectLineUrls.StreamUrl(context.Request, "abc", "a+b", watermark: null));
    }

    [Fact]
    public void The_service_url_is_the_bot_base_including_a_path_base()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("bot.example");
        context.Request.PathBase = "/gesprekbot";

        Assert.Equal("https://bot.example/gesprekbot/", DirectLineUrls.ServiceUrl(context.Request).ToString());
        Assert.StartsWith("wss://bot.example/gesprekbot/v3/directline/", DirectLineUrls.StreamUrl(context.Request, "abc", "t", "4"), StringComparison.Ordinal);
        Assert.EndsWith("?watermark=4&t=t", DirectLineUrls.StreamUrl(context.Request, "abc", "t", "4"), StringComparison.Ordinal);
    }
}
