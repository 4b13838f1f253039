using GesprekBot.Bot.Channels.DirectLine;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

public sealed class InviteCodeTests
{
    [Theory]
    [InlineData("ABCD")]
    [InlineData("intake-2026-0042")]
    [InlineData("0123456789012345678901234567890123456789")]
    public void A_well_formed_code_is_kept(string code) => Assert.Equal(code, InviteCode.Normalize(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("01234567890123456789012345678901234567890")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("code with spaces")]
    [InlineData("caf\u00e9-1234")]
    [InlineData("ABCD\n")]
    public void Anything_else_is_ignored(string? code) => Assert.Null(InviteCode.Normalize(code));
}
