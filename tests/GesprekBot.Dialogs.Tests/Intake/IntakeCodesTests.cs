using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Dialogs.Tests.Intake;

public class IntakeCodesTests
{
    [Fact]
    public void The_alphabet_has_31_symbols_none_of_them_ambiguous()
    {
        Assert.Equal(31, IntakeCodes.Alphabet.Distinct().Count());
        Assert.DoesNotContain(IntakeCodes.Alphabet, c => c is '0' or 'O' or '1' or 'I' or 'L');
    }

    [Fact]
    public void New_codes_are_eight_symbols_from_the_alphabet_and_differ()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => IntakeCodes.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("abcd-efgh", "ABCDEFGH")]
    [InlineData(" ABCD EFGH ", "ABCDEFGH")]
    [InlineData("ABCD.EFGH", "ABCDEFGH")]
    [InlineData("ABCD-EFG0", null)]
    [InlineData("ABCDEFG", null)]
    [InlineData("", null)]
    public void Typed_codes_are_normalised(string typed, string? expected) =>
        Assert.Equal(expected, IntakeCodes.Normalize(typed));

    [Fact]
    public void Codes_are_shown_in_two_groups() => Assert.Equal("ABCD-EFGH", IntakeCodes.Display("ABCDEFGH"));

    [Theory]
    [InlineData("ZJJU-EDFW")]
    [InlineData("zjju edfw")]
    [InlineData(" zjjuedfw ")]
    [InlineData("Zjju-Edfw")]
    [InlineData("ZJJU\tEDFW")]
    public void A_code_as_the_client_gives_it_is_the_same_code(string typed)
    {
        Assert.True(IntakeCodes.SameCode(typed, "ZJJUEDFW"));
        Assert.Equal("ZJJU-EDFW", IntakeCodes.Display(IntakeCodes.Compact(typed)));
    }

    [Theory]
    [InlineData("ZJJU-EDFX")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Another_or_an_empty_code_is_not_the_same(string? typed) =>
        Assert.False(IntakeCodes.SameCode(typed, "ZJJUEDFW"));

    [Fact]
    public void A_stored_code_with_a_dash_is_shown_the_same_way() =>
        Assert.Equal("ZJJU-EDFW", IntakeCodes.Display("zjju-edfw"));
}
