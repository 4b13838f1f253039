using System.Globalization;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Network.Comparison;
using GesprekBot.Language;
using static GesprekBot.Dialogs.Tests.Network.Picture.MapSamples;

namespace GesprekBot.Dialogs.Tests.Network.Comparison;

public class NetworkMapComparisonTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    private static NetworkMap Map(params NetworkMember[] members) => new() { Members = members };

    [Fact]
    public void Same_map_twice_has_no_changes()
    {
        var difference = NetworkMapComparison.Compare(Typical(), Typical());

        Assert.False(difference.HasChanges);
        Assert.Equal(11, difference.Matched.Count);
        Assert.Equal(["Aantal op de kaart: 11, zoals eerst.", "Tevredenheid met het netwerk: 6 op 10, zoals eerst.", "Geen verschillen gevonden."], NetworkMapComparison.Describe(difference, Dutch));
    }

    [Fact]
    public void Two_empty_maps_have_no_changes_and_no_satisfaction_line()
    {
        var difference = NetworkMapComparison.Compare(new NetworkMap(), new NetworkMap());

        Assert.False(difference.HasChanges);
        Assert.Null(difference.SatisfactionChange);
        Assert.Equal(["Aantal op de kaart: 0, zoals eerst.", "Geen verschillen gevonden."], NetworkMapComparison.Describe(difference, Dutch));
    }

    [Fact]
    public void Everyone_on_a_first_map_after_an_empty_one_is_added()
    {
        var difference = NetworkMapComparison.Compare(new NetworkMap(), Typical());

        Assert.Equal(11, difference.Added.Count);
        Assert.Equal(11, difference.SizeChange);
        Assert.Empty(difference.Removed);
    }

    [Fact]
    public void Added_and_removed_members_are_named()
    {
        var earlier = Map(Member("a", "mijn mama", LifeDomain.Family, 1, null, role: "moeder"), Member("b", "de buurvrouw", LifeDomain.Neighbourhood, 3, null, role: "buur"));
        var later = Map(Member("x", "mijn mama", LifeDomain.Family, 1, null, role: "moeder"), Member("y", "Sarah", LifeDomain.Friends, 2, null, role: "vriendin"));

        var difference = NetworkMapComparison.Compare(earlier, later);

        Assert.Equal("Sarah", Assert.Single(difference.Added).Label);
        Assert.Equal("de buurvrouw", Assert.Single(difference.Removed).Label);
        Assert.Equal(["Aantal op de kaart: 2, zoals eerst.", "Nieuw op de kaart: Sarah.", "Niet meer op de kaart: de buurvrouw."], NetworkMapComparison.Describe(difference, Dutch));
    }

    [Theory]
    [InlineData(3, 2, RingMove.Closer, "Tom staat nu dichterbij: eerst wat verder, nu dichtbij.")]
    [InlineData(1, 4, RingMove.Further, "Tom staat nu verder weg: eerst heel dichtbij, nu ver weg.")]
    [InlineData(null, 2, RingMove.Placed, "Tom heeft nu een plaats: dichtbij.")]
    [InlineData(2, null, RingMove.Unplaced, "Tom stond eerst dichtbij, nu is de plaats niet ingevuld.")]
    public void Ring_moves_are_closer_further_placed_or_unplaced(int? before, int? after, RingMove move, string sentence)
    {
        var difference = NetworkMapComparison.Compare(
            Map(Member("a", "Tom", LifeDomain.Friends, before, null)),
            Map(Member("b", "Tom", LifeDomain.Friends, after, null)));

        Assert.Equal(move, Assert.Single(difference.Changed).Ring);
        Assert.Contains(sentence, NetworkMapComparison.Describe(difference, Dutch));
    }

    [Fact]
    public void A_ring_outside_one_to_four_counts_as_not_placed()
    {
        var difference = NetworkMapComparison.Compare(
            Map(Member("a", "Tom", LifeDomain.Friends, 7, null)),
            Map(Member("b", "Tom", LifeDomain.Friends, 2, null)));

        Assert.Equal(RingMove.Placed, Assert.Single(difference.Changed).Ring);
        Assert.Contains("Tom heeft nu een plaats: dichtbij.", NetworkMapComparison.Describe(difference, Dutch));
    }

    [Fact]
    public void Support_gained_and_lost_in_both_directions()
    {
        var earlier = Member("a", "mijn mama", LifeDomain.Family, 1, null, received: [SupportType.Emotional, SupportType.Practical], given: [SupportType.Companionship]);
        var later = earlier with { Id = "z", SupportReceived = [SupportType.Emotional, SupportType.Advice], SupportGiven = [SupportType.Companionship, SupportType.Practical] };

        var change = Assert.Single(NetworkMapComparison.Compare(Map(earlier), Map(later)).Changed);
        var lines = NetworkMapComparison.Describe(NetworkMapComparison.Compare(Map(earlier), Map(later)), Dutch);

        Assert.Equal([SupportType.Advice], change.SupportReceivedGained);
        Assert.Equal([SupportType.Practical], change.SupportReceivedLost);
        Assert.Equal([SupportType.Practical], change.SupportGivenGained);
        Assert.Empty(change.SupportGivenLost);
        Assert.Contains("Steun van mama, nieuw: advies en informatie.", lines);
        Assert.Contains("Steun van mama, niet meer: praktische hulp.", lines);
        Assert.Contains("Steun aan mama, nieuw: praktische hulp.", lines);
    }

    [Fact]
    public void Frequency_and_quality_changes_say_before_and_after()
    {
        var earlier = Member("a", "mijne pa", LifeDomain.Family, 3, RelationQuality.Difficult, role: "vader", frequency: ContactFrequency.Yearly);
        var later = earlier with { Quality = RelationQuality.Mixed, Frequency = ContactFrequency.Monthly };

        var lines = NetworkMapComparison.Describe(NetworkMapComparison.Compare(Map(earlier), Map(later)), Dutch);

        Assert.Contains("Contact met pa: eerst enkele keren per jaar, nu maandelijks.", lines);
        Assert.Contains("Relatie met pa: eerst moeilijk, nu gemengd.", lines);
    }

    [Fact]
    public void A_skipped_answer_is_not_filled_in_rather_than_a_change_to_nothing()
    {
        var earlier = Member("a", "Els", LifeDomain.Friends, 2, null);
        var later = earlier with { Quality = RelationQuality.Good, Frequency = ContactFrequency.Weekly };

        var lines = NetworkMapComparison.Describe(NetworkMapComparison.Compare(Map(earlier), Map(later)), Dutch);

        Assert.Contains("Relatie met Els: eerst niet ingevuld, nu goed.", lines);
        Assert.Contains("Contact met Els: eerst niet ingevuld, nu wekelijks.", lines);
    }

    [Fact]
    public void Satisfaction_and_size_changes()
    {
        var earlier = Typical() with { Satisfaction = 4 };
        var later = Typical() with { Satisfaction = 7, Members = [.. Typical().Members, Member("n", "Lotte", LifeDomain.SchoolAndWork, 3, RelationQuality.Good)] };

        var difference = NetworkMapComparison.Compare(earlier, later);

        Assert.Equal(3, difference.SatisfactionChange);
        Assert.Equal(1, difference.SizeChange);
        Assert.Equal(
            ["Aantal op de kaart: eerst 11, nu 12.", "Tevredenheid met het netwerk: eerst 4, nu 7 (op 10).", "Nieuw op de kaart: Lotte."],
            NetworkMapComparison.Describe(difference, Dutch));
    }

    [Fact]
    public void Satisfaction_skipped_on_one_map_has_no_change_number()
    {
        var difference = NetworkMapComparison.Compare(Typical() with { Satisfaction = null }, Typical());

        Assert.Null(difference.SatisfactionChange);
        Assert.Contains("Tevredenheid met het netwerk: eerst niet ingevuld, nu 6 (op 10).", NetworkMapComparison.Describe(difference, Dutch));
    }

    [Fact]
    public void Ids_are_ignored_for_matching()
    {
        var difference = NetworkMapComparison.Compare(
            Map(Member("m1", "Tom", LifeDomain.Friends, 2, null), Member("m2", "Els", LifeDomain.Friends, 2, null)),
            Map(Member("m1", "Els", LifeDomain.Friends, 2, null), Member("m9", "Tom", LifeDomain.Friends, 2, null)));

        Assert.False(difference.HasChanges);
        Assert.All(difference.Matched, m => Assert.Equal(m.Earlier.Label, m.Later.Label));
    }

    [Theory]
    [InlineData("mijn broer Tom", "Tom", "broer", "Tom", null, null)]
    [InlineData("Mijn  Mama", null, null, "mama", null, null)]
    [InlineData("Zoë", null, "vriendin", "zoe", null, "Vriendin")]
    [InlineData("mama", null, "moeder", "ons moeke", null, "moeder")]
    [InlineData("de buurvrouw", null, "buur", "buurvrouw", null, "buur")]
    public void Same_person_is_recognised_by_name_label_or_a_unique_role(string label1, string? name1, string? role1, string label2, string? name2, string? role2)
    {
        var difference = NetworkMapComparison.Compare(
            Map(Member("a", label1, LifeDomain.Family, 1, null, name: name1, role: role1)),
            Map(Member("b", label2, LifeDomain.Family, 1, null, name: name2, role: role2)));

        Assert.Single(difference.Matched);
        Assert.Empty(difference.Added);
    }

    [Fact]
    public void Same_name_with_different_roles_or_kinds_are_different_members()
    {
        var difference = NetworkMapComparison.Compare(
            Map(Member("a", "Tom", LifeDomain.Family, 1, null, name: "Tom", role: "broer"), Member("b", "Max", LifeDomain.Family, 1, null, kind: MemberKind.Animal)),
            Map(Member("c", "Tom", LifeDomain.SchoolAndWork, 3, null, name: "Tom", role: "collega"), Member("d", "Max", LifeDomain.Friends, 2, null)));

        Assert.Empty(difference.Matched);
        Assert.Equal(2, difference.Added.Count);
        Assert.Equal(2, difference.Removed.Count);
    }

    [Fact]
    public void Unnamed_members_sharing_a_common_role_are_not_guessed_at()
    {
        var difference = NetworkMapComparison.Compare(
            Map(Member("a", "een vriend van school", LifeDomain.Friends, 2, null, role: "vriend"), Member("b", "een vriend van de voetbal", LifeDomain.Friends, 2, null, role: "vriend")),
            Map(Member("c", "mijn beste vriend", LifeDomain.Friends, 1, null, role: "vriend"), Member("d", "nog een vriend", LifeDomain.Friends, 3, null, role: "vriend")));

        Assert.Empty(difference.Matched);
    }

    [Fact]
    public void Exact_name_and_role_wins_over_a_looser_match()
    {
        var difference = NetworkMapComparison.Compare(
            Map(Member("a", "Tom", LifeDomain.Family, 1, null, name: "Tom"), Member("b", "Tom", LifeDomain.Family, 2, null, name: "Tom", role: "broer")),
            Map(Member("c", "Tom", LifeDomain.Family, 2, null, name: "Tom", role: "broer"), Member("d", "Tom", LifeDomain.Family, 1, null, name: "Tom")));

        Assert.False(difference.HasChanges);
    }

    [Fact]
    public void English_description()
    {
        var earlier = Member("a", "Tom", LifeDomain.Friends, 3, RelationQuality.Mixed);
        var later = earlier with { Ring = 1, Quality = RelationQuality.Good };

        var lines = NetworkMapComparison.Describe(NetworkMapComparison.Compare(Map(earlier), Map(later)), CultureInfo.GetCultureInfo("en"));

        Assert.Equal(["Number on the map: 1, as before.", "Tom is closer now: first a bit further, now very close.", "Relation with Tom: first mixed, now good."], lines);
    }
}
