using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network;

public class NetworkMetricsTests
{
    private static readonly NetworkMetrics Metrics = NetworkMetrics.Of(SampleMaps.Family);

    [Fact]
    public void Size_counts_people_animals_and_places_but_not_wished_for_people_without_a_place()
    {
        Assert.Equal((6, 4, 1, 1, 1), (Metrics.Size, Metrics.People, Metrics.Animals, Metrics.Places, Metrics.WishedFor));
    }

    [Fact]
    public void Members_are_counted_per_domain_and_per_ring()
    {
        Assert.Equal(3, Metrics.PerDomain[LifeDomain.Family]);
        Assert.Equal(2, Metrics.PerDomain[LifeDomain.Neighbourhood]);
        Assert.Equal(1, Metrics.PerDomain[LifeDomain.Professional]);
        Assert.Equal(new Dictionary<int, int> { [1] = 2, [2] = 2, [3] = 0, [4] = 1 }, Metrics.PerRing);
        Assert.Equal(1, Metrics.Unplaced);
    }

    [Fact]
    public void The_share_of_professionals_is_taken_over_the_people_in_the_inner_rings()
    {
        Assert.Equal(3, Metrics.InnerRing);
        Assert.Equal(1.0 / 3, Metrics.ProfessionalShareInInnerRings!.Value, precision: 6);
    }

    [Fact]
    public void Nobody_in_the_inner_rings_gives_no_share_rather_than_zero()
    {
        var metrics = NetworkMetrics.Of(new NetworkMap { Members = [new() { Id = "m1", Label = "Tom", Ring = 4 }] });

        Assert.Null(metrics.ProfessionalShareInInnerRings);
    }

    [Fact]
    public void Emotional_supporters_and_support_received_versus_given_are_listed()
    {
        Assert.Equal(["m1", "m3"], Metrics.EmotionalSupporters);
        Assert.Equal(2, Metrics.SupportReceived[SupportType.Emotional]);
        Assert.Equal(0, Metrics.SupportReceived[SupportType.Companionship]);
        Assert.Equal((4, 1), (Metrics.TotalSupportReceived, Metrics.TotalSupportGiven));
    }

    [Fact]
    public void Contact_frequency_and_relation_quality_are_counted_for_comparing_maps()
    {
        Assert.Equal(1, Metrics.PerFrequency[ContactFrequency.Daily]);
        Assert.Equal(0, Metrics.PerFrequency[ContactFrequency.Never]);
        Assert.Equal((1, 0, 1), (Metrics.PerQuality[RelationQuality.Good], Metrics.PerQuality[RelationQuality.Mixed], Metrics.PerQuality[RelationQuality.Difficult]));
    }

    [Fact]
    public void Empty_everyday_domains_are_named()
    {
        Assert.Equal([LifeDomain.Friends, LifeDomain.SchoolAndWork, LifeDomain.Leisure], Metrics.EmptyDomains);
    }

    [Fact]
    public void An_empty_map_has_zero_everywhere_and_all_everyday_domains_empty()
    {
        var metrics = NetworkMetrics.Of(new NetworkMap());

        Assert.Equal(0, metrics.Size);
        Assert.All(metrics.PerRing.Values, count => Assert.Equal(0, count));
        Assert.Equal(RadioAdvisor.EverydayDomains, metrics.EmptyDomains);
        Assert.Null(metrics.Satisfaction);
    }
}
