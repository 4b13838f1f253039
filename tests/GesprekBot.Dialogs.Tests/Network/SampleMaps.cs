using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network;

/// <summary>A small, varied map shared by the summary and metrics tests.</summary>
internal static class SampleMaps
{
    public static NetworkMap Family { get; } = new()
    {
        Members =
        [
            new()
            {
                Id = "m1", Label = "mijn mama", Role = "moeder", Domain = LifeDomain.Family, Ring = 1,
                SupportReceived = [SupportType.Emotional, SupportType.Practical], SupportGiven = [SupportType.Companionship],
                Frequency = ContactFrequency.Daily, Quality = RelationQuality.Good, Wish = RadioMove.Maintain,
            },
            new()
            {
                Id = "m2", Label = "mijn broer Tom", Name = "Tom", Role = "broer", Domain = LifeDomain.Family, Ring = 2,
                Quality = RelationQuality.Difficult,
            },
            new()
            {
                Id = "m3", Label = "mijn begeleider", Role = "begeleider", Domain = LifeDomain.Professional, Ring = 2,
                SupportReceived = [SupportType.Emotional, SupportType.Advice],
            },
            new() { Id = "m4", Label = "de buurvrouw", Role = "buur", Domain = LifeDomain.Neighbourhood, Ring = 4 },
            new() { Id = "m5", Label = "mijn hond Max", Name = "Max", Role = "hond", Kind = MemberKind.Animal, Domain = LifeDomain.Family, Ring = 1 },
            new() { Id = "m6", Label = "het park", Role = "park", Kind = MemberKind.Place, Domain = LifeDomain.Neighbourhood },
            new() { Id = "m7", Label = "mijn papa", Role = "vader", Domain = LifeDomain.Family, IsWished = true },
        ],
        Ties = [new("m1", "m2")],
        Wishes = ["mijn papa terug zien"],
        Satisfaction = 6,
    };
}
