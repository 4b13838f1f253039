using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network;

public class RadioAdvisorTests
{
    private static NetworkMember Member(
        string id,
        int? ring = null,
        RelationQuality? quality = null,
        ContactFrequency? frequency = null,
        LifeDomain domain = LifeDomain.Family,
        MemberKind kind = MemberKind.Person,
        params SupportType[] received) =>
        new()
        {
            Id = id, Label = id, Ring = ring, Quality = quality, Frequency = frequency,
            Domain = domain, Kind = kind, SupportReceived = received,
        };

    [Fact]
    public void Difficult_relation_suggests_unblocking_even_when_close_and_supportive()
    {
        var member = Member("ma", ring: 1, quality: RelationQuality.Difficult, frequency: ContactFrequency.Daily, received: SupportType.Practical);

        var suggestion = RadioAdvisor.ForMember(member);

        Assert.Equal(new RadioSuggestion(RadioMove.Unblock, RadioReason.DifficultRelation, "ma"), suggestion);
    }

    [Theory]
    [InlineData(ContactFrequency.Yearly)]
    [InlineData(ContactFrequency.Never)]
    public void Good_relation_with_rare_contact_suggests_reanimating(ContactFrequency frequency)
    {
        var suggestion = RadioAdvisor.ForMember(Member("nonkel", ring: 3, quality: RelationQuality.Good, frequency: frequency));

        Assert.Equal(RadioMove.Reanimate, suggestion?.Move);
        Assert.Equal(RadioReason.FadedContact, suggestion?.Reason);
    }

    [Fact]
    public void Good_frequent_contact_in_an_outer_ring_suggests_intensifying()
    {
        var suggestion = RadioAdvisor.ForMember(Member("collega", ring: 3, quality: RelationQuality.Good, frequency: ContactFrequency.Daily));

        Assert.Equal(RadioMove.Intensify, suggestion?.Move);
    }

    [Fact]
    public void Close_member_without_support_suggests_activating()
    {
        var suggestion = RadioAdvisor.ForMember(Member("broer", ring: 2, quality: RelationQuality.Mixed, frequency: ContactFrequency.Weekly));

        Assert.Equal(RadioMove.Activate, suggestion?.Move);
        Assert.Equal(RadioReason.CloseWithoutSupport, suggestion?.Reason);
    }

    [Fact]
    public void Close_good_supportive_member_suggests_maintaining()
    {
        var suggestion = RadioAdvisor.ForMember(Member("zus", ring: 1, quality: RelationQuality.Good, frequency: ContactFrequency.Weekly, received: SupportType.Emotional));

        Assert.Equal(RadioMove.Maintain, suggestion?.Move);
    }

    [Fact]
    public void Member_with_unknown_answers_gets_no_suggestion()
    {
        Assert.Null(RadioAdvisor.ForMember(Member("Els")));
    }

    [Fact]
    public void Small_network_suggests_expanding_with_its_size()
    {
        var map = new NetworkMap { Members = [Member("ma", ring: 1), Member("Tom", ring: 2)] };

        var expand = Assert.Single(RadioAdvisor.Suggest(map), s => s.Reason == RadioReason.SmallNetwork);

        Assert.Equal(RadioMove.Expand, expand.Move);
        Assert.Null(expand.MemberId);
        Assert.Equal(2, expand.Count);
    }

    [Fact]
    public void Animals_and_places_do_not_count_as_people_for_network_size_or_member_moves()
    {
        var map = new NetworkMap
        {
            Members =
            [
                Member("hond", ring: 1, quality: RelationQuality.Difficult, kind: MemberKind.Animal),
                Member("park", ring: 2, kind: MemberKind.Place, domain: LifeDomain.Leisure),
            ],
        };

        var suggestions = RadioAdvisor.Suggest(map);

        Assert.DoesNotContain(suggestions, s => s.MemberId is not null);
        Assert.Contains(suggestions, s => s.Reason == RadioReason.SmallNetwork && s.Count == 0);
    }

    [Fact]
    public void Empty_everyday_domains_are_listed()
    {
        var map = new NetworkMap { Members = [Member("ma", domain: LifeDomain.Family), Member("Jan", domain: LifeDomain.Friends)] };

        var expand = Assert.Single(RadioAdvisor.Suggest(map), s => s.Reason == RadioReason.EmptyDomains);

        Assert.Equal([LifeDomain.Neighbourhood, LifeDomain.SchoolAndWork, LifeDomain.Leisure], expand.Domains);
    }

    [Fact]
    public void Only_professionals_in_the_inner_rings_suggests_expanding()
    {
        var map = new NetworkMap
        {
            Members =
            [
                Member("begeleider", ring: 1, domain: LifeDomain.Professional, received: SupportType.Advice),
                Member("huisarts", ring: 2, domain: LifeDomain.Professional, received: SupportType.Advice),
                Member("ma", ring: 4, domain: LifeDomain.Family),
            ],
        };

        Assert.Contains(RadioAdvisor.Suggest(map), s => s.Reason == RadioReason.OnlyProfessionalsClose && s.Count == 2);
    }

    [Fact]
    public void Nobody_in_the_inner_rings_suggests_expanding()
    {
        var map = new NetworkMap { Members = [Member("ma", ring: 3), Member("pa", ring: 4)] };

        Assert.Contains(RadioAdvisor.Suggest(map), s => s.Reason == RadioReason.NobodyClose);
    }

    [Fact]
    public void A_rich_network_gets_no_whole_map_move()
    {
        var map = new NetworkMap
        {
            Members =
            [
                Member("ma", ring: 1, quality: RelationQuality.Good, received: SupportType.Emotional),
                Member("Jan", ring: 2, domain: LifeDomain.Friends, quality: RelationQuality.Good, received: SupportType.Companionship),
                Member("buurvrouw", ring: 3, domain: LifeDomain.Neighbourhood),
                Member("collega", ring: 3, domain: LifeDomain.SchoolAndWork),
                Member("voetbalclub", ring: 3, domain: LifeDomain.Leisure, kind: MemberKind.Group),
            ],
        };

        Assert.DoesNotContain(RadioAdvisor.Suggest(map), s => s.Move == RadioMove.Expand);
    }
}
