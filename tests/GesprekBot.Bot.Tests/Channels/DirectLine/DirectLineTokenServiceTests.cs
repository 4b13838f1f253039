using GesprekBot.Bot.Channels.DirectLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineTokenServiceTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_token_carries_its_grant_and_expires_after_the_lifetime()
    {
        var tokens = Create("secret-one");
        var (token, issued) = tokens.Issue("c0ffee", "dl_user", "Mira", "INV-1");

        Assert.Equal(TokenStatus.Valid, tokens.Validate(token, out var read));
        Assert.Equal(issued, read);
        Assert.Equal("directline", read!.ChannelId);
        Assert.Equal("webchat", tokens.Renew(tokens.Issue("c0ffee", "dl_user", null, null, "webchat").Grant).Grant.ChannelId);
        Assert.Equal(time.GetUtcNow().AddMinutes(30), read!.ExpiresAt);

        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(TokenStatus.Expired, tokens.Validate(token, out _));
    }

    [Fact]
    public void A_token_signed_with_another_secret_is_invalid()
    {
        var (token, _) = Create("secret-one").Issue("c0ffee", "dl_user", null, null);

        Assert.Equal(TokenStatus.Invalid, Create("secret-two").Validate(token, out var grant));
        Assert.Null(grant);
    }

    [Theory]
    [InlineData(null, TokenStatus.Missing)]
    [InlineData("", TokenStatus.Missing)]
    [InlineData("dl1.", TokenStatus.Invalid)]
    [InlineData("dl1..", TokenStatus.Invalid)]
    [InlineData("eyJhbGciOiJub25lIn0.eyJjIjoiYyJ9.", TokenStatus.Invalid)]
    [InlineData("dl1.!!!.abc", TokenStatus.Invalid)]
    public void Garbage_is_never_valid(string? token, TokenStatus expected) =>
        Assert.Equal(expected, Create("secret-one").Validate(token, out _));

    [Fact]
    public void Changing_the_payload_breaks_the_signature()
    {
        var tokens = Create("secret-one");
        var (token, _) = tokens.Issue("c0ffee", "dl_user", null, null);
        var (other, _) = tokens.Issue("decaf0", "dl_user", null, null);
        var spliced = other[..other.LastIndexOf('.')] + token[token.LastIndexOf('.')..];

        Assert.Equal(TokenStatus.Invalid, tokens.Validate(spliced, out _));
    }

    private DirectLineTokenService Create(string secret)
    {
        var options = Options.Create(new DirectLineOptions { Secret = secret });
        return new DirectLineTokenService(new DirectLineSecret(options, NullLogger<DirectLineSecret>.Instance), options, time);
    }
}
