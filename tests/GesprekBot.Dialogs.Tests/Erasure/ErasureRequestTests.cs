using GesprekBot.Dialogs.Erasure;

namespace GesprekBot.Dialogs.Tests.Erasure;

public class ErasureRequestTests
{
    [Theory]
    [InlineData("wis mijn gegevens")]
    [InlineData("verwijder mijn gegevens")]
    [InlineData("verwijder alles")]
    [InlineData("alles wissen")]
    [InlineData("ik wil dat je alles wist")]
    [InlineData("delete my data")]
    [InlineData("erase everything")]
    [InlineData("stoppen en alles wissen")]
    [InlineData("Wis mijn gegevens aub!")]
    [InlineData("verwijder alles pls")]
    [InlineData("kan je al mijn antwoorden wissen alsjeblieft?")]
    [InlineData("ik wil dat alles gewist wordt")]
    [InlineData("ik wil geen hulp meer, wis alles")]
    [InlineData("doe al mijn gegevens weg")]
    [InlineData("please delete all of my data")]
    [InlineData("verwijder de gegevens van dit gesprek")]
    [InlineData("wissen")]
    [InlineData("WIS ALLES")]
    [InlineData("verwijderen aub")]
    public void Erase_verb_with_the_clients_data_is_a_request_to_erase_everything(string text) =>
        Assert.Equal(ErasureKind.Everything, ErasureRequest.Recognize(text));

    [Theory]
    [InlineData("verwijder de buurvrouw")]
    [InlineData("verwijder Tom")]
    [InlineData("verwijder alles over Tom")]
    [InlineData("verwijder de gegevens van mijn broer")]
    [InlineData("verwijder Tom uit het gesprek")]
    [InlineData("verwijder de buurvrouw van mijn kaart")]
    [InlineData("wis niets")]
    [InlineData("niet alles wissen")]
    [InlineData("ik wil niet dat je alles wist")]
    [InlineData("don't delete my data")]
    [InlineData("ik wist alles al")]
    [InlineData("mijn ma heeft alles gewist op mijn gsm")]
    [InlineData("hij verwijdert al mijn berichten")]
    [InlineData("ik ben veel alleen")]
    [InlineData("mijn gegevens kloppen niet bij het OCMW, ze hebben alles verkeerd gezet en nu moet ik van de ene naar de andere dienst lopen")]
    [InlineData("")]
    public void Other_sentences_are_not_an_erasure(string text) =>
        Assert.Equal(ErasureKind.None, ErasureRequest.Recognize(text));

    [Theory]
    [InlineData("wis dat antwoord")]
    [InlineData("verwijder mijn laatste antwoord")]
    [InlineData("delete that answer")]
    [InlineData("verwijder dat")]
    public void Erasing_one_answer_is_not_erasing_everything(string text) =>
        Assert.Equal(ErasureKind.OneAnswer, ErasureRequest.Recognize(text));

    [Theory]
    [InlineData("wis mijn gegevens ABCD-EFGH", "ABCDEFGH")]
    [InlineData("verwijder alles van code u89s-k4qs.", "U89SK4QS")]
    [InlineData("wis alles, mijn code is U89SK4QS", "U89SK4QS")]
    [InlineData("wis mijn gegevens", null)]
    [InlineData("verwijder alle GEGEVENS", null)]
    public void An_intake_code_in_the_request_is_found(string text, string? code) =>
        Assert.Equal(code, ErasureRequest.CodeIn(text));
}
