using GesprekBot.Bot.Review.Accounts;

namespace GesprekBot.Bot.Tests.Review.Accounts;

public class PasswordPolicyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("kort")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abababababab")]
    [InlineData("123412341234")]
    [InlineData("123456789012")]
    [InlineData("abcdefghijkl")]
    [InlineData("qwertyuiopas")]
    [InlineData("AZERTYUIOPQS")]
    [InlineData("210987654321")]
    [InlineData("wachtwoord2026")]
    [InlineData("Welkom123456!")]
    [InlineData("p@ssw0rd2026")]
    [InlineData("2026gesprekbot")]
    public void Trivial_passwords_are_refused(string password) => Assert.NotNull(PasswordPolicy.Problem(password));

    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("mijn kat heet Minou 2019")]
    [InlineData("walk-password-2026")]
    [InlineData("Tw33 fietsen in de gang")]
    public void Passwords_of_ones_own_pass(string password) => Assert.Null(PasswordPolicy.Problem(password));
}
