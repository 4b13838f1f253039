using System.Net;
using GesprekBot.Bot.Protocol.Connector;

namespace GesprekBot.Bot.Tests.Protocol.Connector;

public class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("3", 3)]
    [InlineData("0", 0)]
    [InlineData("600", 10)]
    [InlineData("Mon, 23 Nov 2026 08:00:04 GMT", 4)]
    [InlineData("Mon, 23 Nov 2026 07:59:00 GMT", 0)]
    public void Reads_seconds_or_a_date_and_caps_it(string header, int expectedSeconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", header);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryAfter.Delay(response, Now, Cap));
    }

    [Fact]
    public void No_header_means_use_the_backoff()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Null(RetryAfter.Delay(response, Now, Cap));
        Assert.Null(RetryAfter.Delay(null, Now, Cap));
    }
}
