using GesprekBot.Dialogs.Consent;
using GesprekBot.Dialogs.Engine;

namespace GesprekBot.Dialogs.Tests.Consent;

/// <summary>How a message at the consent question is read: by its shape, not by a stray yes word.</summary>
public class ConsentReadingTests
{
    [Theory]
    [InlineData("wie mag dit lezen?", "Question")]
    [InlineData("is dat goed beveiligd", "Question")]
    [InlineData("ja maar wie leest dit", "Question")]
    [InlineData("wat gebeurt er met mijn gegevens", "Question")]
    [InlineData("ja, je mag het bewaren", "Yes")]
    [InlineData("ja hoor", "Yes")]
    [InlineData("nee, ik wil niet dat je dit bewaart", "No")]
    [InlineData("liever niet", "No")]
    [InlineData("I don't want to", "No")]
    [InlineData("mag ik eerst iets vragen", "AskFirst")]
    [InlineData("hmmm", "Hesitation")]
    [InlineData("i'm not sure", "Hesitation")]
    [InlineData("pff", "Unclear")]
    [InlineData("oui", "Unclear")]
    public void Reads_the_intent(string text, string expected)
    {
        Assert.Equal(expected, ConsentReading.Read(text).Intent.ToString());
    }

    [Theory]
    [InlineData("waar en hoe lang bewaren jullie dat?", "Where,HowLong")]
    [InlineData("wie ben jij eigenlijk, een robot?", "Robot")]
    [InlineData("waar is dat voor nodig", "Why")]
    [InlineData("where is my data stored?", "Where")]
    [InlineData("how long does this take?", "Duration")]
    public void Finds_every_topic_asked_about(string text, string expected)
    {
        Assert.Equal(expected, string.Join(",", ConsentReading.Read(text).Topics));
    }

    [Theory]
    [InlineData("ik wil toch niet", true)]
    [InlineData("nee sorry, ik trek mijn toestemming in", true)]
    [InlineData("I withdraw my consent", true)]
    [InlineData("ik wil toch niet naar school", false)]
    [InlineData("ik wil niet meer alleen zijn", false)]
    public void A_withdrawal_is_the_whole_message(string text, bool expected)
    {
        Assert.Equal(expected, ConsentReading.IsWithdrawal(ConsentReading.Normalize(text)));
    }

    [Theory]
    [InlineData("yes", "nl-BE", null)]
    [InlineData("ok", "nl-BE", null)]
    [InlineData("who reads this", "nl-BE", "en")]
    [InlineData("no english please", "en", "nl-BE")]
    [InlineData("ik spreek geen Engels", "en", "nl-BE")]
    [InlineData("English please", "en", null)]
    public void Finds_a_wish_for_the_other_language(string text, string current, string? expected)
    {
        var culture = LanguageRequest.Find(text, DialogCulture.FromLocale(current));

        Assert.Equal(expected, culture?.Name);
    }
}
