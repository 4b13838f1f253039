using System.Globalization;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Intake.Summary;
using GesprekBot.Dialogs.Localization;

namespace GesprekBot.Dialogs.Tests.Intake.Summary;

/// <summary>Issue 11: a skipped name left no name line in the summary, so the client could not see it was missing.</summary>
public class SummaryTextTests
{
    [Theory]
    [InlineData("nl-BE", "Naam", "(niet gegeven; typ “mijn naam is …” als je dat toch wil)")]
    [InlineData("en-GB", "Name", "(not given; type “my name is …” if you still want to)")]
    public void A_skipped_name_has_a_line_that_says_how_to_give_it(string culture, string label, string value)
    {
        var lines = SummaryText.Lines(new IntakeRecord { Id = "i1", ConsentAt = DateTimeOffset.UnixEpoch, Locale = culture }, new TextCatalog(CultureInfo.GetCultureInfo(culture)));

        Assert.Equal(new KeyValuePair<string, string>(label, value), lines[0]);
    }

    [Fact]
    public void A_given_name_is_the_first_line()
    {
        var lines = SummaryText.Lines(new IntakeRecord { Id = "i1", ConsentAt = DateTimeOffset.UnixEpoch, Locale = "nl-BE", PreferredName = "Kevin" }, new TextCatalog(CultureInfo.GetCultureInfo("nl-BE")));

        Assert.Equal(new KeyValuePair<string, string>("Naam", "Kevin"), lines[0]);
    }
}
