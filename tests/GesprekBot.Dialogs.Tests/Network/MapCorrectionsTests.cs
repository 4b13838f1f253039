using System.Globalization;
using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network;

public class MapCorrectionsTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly NetworkMap Map = new()
    {
        Members =
        [
            new() { Id = "m1", Label = "mijn mama", Role = "moeder", Domain = LifeDomain.Family, Ring = 2 },
            new() { Id = "m2", Label = "mijn broer Tom", Name = "Tom", Role = "broer", Domain = LifeDomain.Family, Ring = 3 },
            new() { Id = "m3", Label = "de buurvrouw", Role = "buur", Domain = LifeDomain.Neighbourhood, Ring = 4 },
            new() { Id = "m4", Label = "Els", Name = "Els", Domain = LifeDomain.Friends },
        ],
        Ties = [new("m1", "m3"), new("m1", "m2")],
    };

    private static NetworkMap Apply(string text, out string explanation, CultureInfo? culture = null)
    {
        Assert.True(MapCorrections.TryApply(Map, text, culture ?? Dutch, out var corrected, out var said), $"'{text}' was not understood.");
        explanation = said!;
        return corrected;
    }

    [Theory]
    [InlineData("verwijder de buurvrouw")]
    [InlineData("Verwijder de buurvrouw.")]
    [InlineData("de buurvrouw moet eraf")]
    [InlineData("de buurvrouw mag weg")]
    [InlineData("haal de buurvrouw weg")]
    [InlineData("schrap buurvrouw")]
    [InlineData("de buurvrouw hoort er niet bij")]
    public void Removing_takes_the_member_and_its_ties_off_the_map(string text)
    {
        var corrected = Apply(text, out var explanation);

        Assert.DoesNotContain(corrected.Members, m => m.Id == "m3");
        Assert.Equal([new NetworkTie("m1", "m2")], corrected.Ties);
        Assert.Equal("Ik heb de buurvrouw van je kaart gehaald.", explanation);
    }

    [Theory]
    [InlineData("Tom is mijn neef", "m2", "neef", "Tom is nu je neef.")]
    [InlineData("tom is mijn nonkel", "m2", "oom", "Tom is nu je oom.")]
    [InlineData("Els is mijn nicht", "m4", "nicht", "Els is nu je nicht.")]
    [InlineData("Tom is my cousin", "m2", "neef", "Tom is nu je neef.")]
    [InlineData("tom is my uncle", "m2", "oom", "Tom is nu je oom.")]
    public void A_role_change_sets_the_role(string text, string id, string role, string said)
    {
        var corrected = Apply(text, out var explanation);

        Assert.Equal(role, corrected.Find(id)!.Role);
        Assert.Equal(said, explanation);
    }

    [Fact]
    public void A_role_change_moves_the_member_to_the_roles_domain()
    {
        var corrected = Apply("Els is mijn zus", out _);

        Assert.Equal(("zus", LifeDomain.Family), (corrected.Find("m4")!.Role, corrected.Find("m4")!.Domain));
    }

    [Theory]
    [InlineData("mama staat dichterbij", "m1", 1)]
    [InlineData("mama moet dichter bij mij staan", "m1", 1)]
    [InlineData("Tom staat verder", "m2", 4)]
    [InlineData("de buurvrouw staat verder weg", "m3", 4)]
    [InlineData("zet Tom in cirkel 1", "m2", 1)]
    [InlineData("zet tom in cirkel twee", "m2", 2)]
    [InlineData("de buurvrouw hoort in cirkel 3", "m3", 3)]
    [InlineData("Tom staat heel dichtbij", "m2", 1)]
    [InlineData("Els staat dichterbij", "m4", 2)]
    [InlineData("Els staat verder", "m4", 3)]
    [InlineData("zet de buurvrouwe in cirkel 2", "m3", 2)]
    [InlineData("mijn moeder staat dichterbij", "m1", 1)]
    public void A_ring_move_changes_the_ring(string text, string id, int ring)
    {
        var corrected = Apply(text, out _);

        Assert.Equal(ring, corrected.Find(id)!.Ring);
    }

    [Fact]
    public void A_ring_move_explains_in_plain_words()
    {
        Apply("zet Tom in cirkel 1", out var explanation);

        Assert.Equal("Tom staat nu heel dichtbij (cirkel 1).", explanation);
    }

    [Theory]
    [InlineData("voeg mijn tante toe", "tante")]
    [InlineData("zet mijn oma erbij", "grootmoeder")]
    [InlineData("mijn tante ontbreekt", "tante")]
    [InlineData("vergeet mijn hond niet", "hond")]
    public void Adding_puts_a_new_member_on_the_map(string text, string role)
    {
        var corrected = Apply(text, out var explanation);

        var added = Assert.Single(corrected.Members.Except(Map.Members));
        Assert.Equal(role, added.Role);
        Assert.Equal("m5", added.Id);
        Assert.StartsWith("Ik heb ", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_someone_already_on_the_map_changes_nothing_and_says_so()
    {
        var corrected = Apply("voeg Tom toe", out var explanation);

        Assert.Same(Map, corrected);
        Assert.Equal("Tom staat al op je kaart.", explanation);
    }

    [Theory]
    [InlineData("Tom en de buurvrouw kennen elkaar")]
    [InlineData("de buurvrouw en Tom kennen elkaar ook")]
    public void Two_members_who_know_each_other_get_a_tie_once(string text)
    {
        var corrected = Apply(text, out var explanation);

        Assert.Equal(3, corrected.Ties.Count);
        Assert.Contains(corrected.Ties, t => new[] { t.FirstMemberId, t.SecondMemberId }.Order().SequenceEqual(["m2", "m3"]));
        Assert.EndsWith("kennen elkaar. Dat staat nu op je kaart.", explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mama en Tom kennen elkaar niet")]
    [InlineData("Tom kent mama niet")]
    public void Members_who_do_not_know_each_other_lose_their_tie(string text)
    {
        var corrected = Apply(text, out _);

        Assert.Equal([new NetworkTie("m1", "m3")], corrected.Ties);
    }

    [Fact]
    public void English_corrections_are_explained_in_english()
    {
        var corrected = Apply("remove Els", out var removed, English);
        Apply("put Tom in circle 1", out var moved, English);

        Assert.Equal(3, corrected.Members.Count);
        Assert.Equal("I took Els off your map.", removed);
        Assert.Equal("Tom is now very close (circle 1).", moved);
    }

    [Theory]
    [InlineData("ja dat klopt")]
    [InlineData("")]
    [InlineData("verwijder mijn opa")]
    [InlineData("zet Tom in cirkel 7")]
    [InlineData("Jan is mijn neef")]
    [InlineData("Tom is mijn")]
    [InlineData("het weer is mooi vandaag")]
    public void Texts_that_are_no_correction_or_name_nobody_on_the_map_are_refused(string text)
    {
        Assert.False(MapCorrections.TryApply(Map, text, Dutch, out var corrected, out var explanation), explanation);
        Assert.Same(Map, corrected);
        Assert.Null(explanation);
    }

    [Fact]
    public void An_ambiguous_name_is_refused_rather_than_guessed()
    {
        var twoToms = Map with { Members = [.. Map.Members, new() { Id = "m9", Label = "Tom", Name = "Tom" }] };

        Assert.False(MapCorrections.TryApply(twoToms, "verwijder Tom", Dutch, out _, out _));
    }
}
