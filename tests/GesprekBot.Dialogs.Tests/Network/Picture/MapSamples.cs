using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network.Picture;

/// <summary>Maps shared by the picture, export and comparison tests.</summary>
internal static class MapSamples
{
    public const string Script = "<script>alert(1)</script>";
    public const string ImgBreakout = "\"><img src=x onerror=alert(1)>";

    /// <summary>A realistic intake: family close by, a difficult father, a dog, a club, a caseworker, someone unplaced.</summary>
    public static NetworkMap Typical() => new()
    {
        Revision = 1,
        Satisfaction = 6,
        CompletedAt = new DateTimeOffset(2026, 11, 20, 14, 30, 0, TimeSpan.Zero),
        Members =
        [
            Member("m1", "mijn mama", LifeDomain.Family, 1, RelationQuality.Good, role: "moeder", frequency: ContactFrequency.Daily,
                received: [SupportType.Emotional, SupportType.Practical], given: [SupportType.Companionship]),
            Member("m2", "mijn broer Tom", LifeDomain.Family, 2, RelationQuality.Mixed, name: "Tom", role: "broer", frequency: ContactFrequency.Weekly),
            Member("m3", "mijne pa", LifeDomain.Family, 3, RelationQuality.Difficult, role: "vader", frequency: ContactFrequency.Yearly, wish: RadioMove.Unblock),
            Member("m4", "mijn hond Max", LifeDomain.Family, 1, RelationQuality.Good, kind: MemberKind.Animal, name: "Max"),
            Member("m5", "Sarah", LifeDomain.Friends, 2, RelationQuality.Good, role: "vriendin", frequency: ContactFrequency.Weekly, received: [SupportType.Emotional]),
            Member("m6", "de mannen van de voetbal", LifeDomain.Leisure, 3, RelationQuality.Good, kind: MemberKind.Group, frequency: ContactFrequency.Weekly),
            Member("m7", "de buurvrouw", LifeDomain.Neighbourhood, 4, null, role: "buur"),
            Member("m8", "mijn begeleider van het CAW", LifeDomain.Professional, 2, RelationQuality.Good, role: "begeleider", received: [SupportType.Advice]),
            Member("m9", "de bib", LifeDomain.Leisure, 4, RelationQuality.Good, kind: MemberKind.Place),
            Member("m10", "nonkel Jan", LifeDomain.Family, null, null, name: "Jan", role: "oom"),
            Member("m11", "Ahmed", LifeDomain.Unknown, 3, RelationQuality.Mixed),
        ],
        Ties = [new("m1", "m2"), new("m2", "m4"), new("m1", "m3"), new("m5", "m6")],
        Wishes = ["terug contact met mijn zus"],
    };

    /// <summary>Labels a client could type that are dangerous or awkward in XML, HTML, CSV or spreadsheets.</summary>
    public static NetworkMap Hostile() => new()
    {
        Members =
        [
            Member("h1", Script, LifeDomain.Friends, 1, RelationQuality.Good, role: "\" onload=\"alert(2)"),
            Member("h2", ImgBreakout, LifeDomain.Friends, 2, RelationQuality.Mixed),
            Member("h3", "a ]]> b & c &amp; d", LifeDomain.Family, 1, RelationQuality.Difficult, name: "<b>Bob</b>"),
            Member("h4", "Zeynep 🌸👩🏽‍🦱", LifeDomain.Online, 3, null),
            Member("h5", "שרה מהעבודה", LifeDomain.SchoolAndWork, 2, RelationQuality.Good),
            Member("h6", "=HYPERLINK(\"http://evil\",\"klik\")", LifeDomain.Unknown, 4, null, role: "+1-2"),
            Member("h7", "een heel erg lange naam die nooit op de kaart past, echt niet", LifeDomain.Family, 2, null),
            Member("h8", "tab\tand\u0001control", LifeDomain.Family, null, null),
        ],
        Ties = [new("h1", "h2")],
    };

    public static NetworkMember Member(
        string id,
        string label,
        LifeDomain domain,
        int? ring,
        RelationQuality? quality,
        MemberKind kind = MemberKind.Person,
        string? name = null,
        string? role = null,
        ContactFrequency? frequency = null,
        SupportType[]? received = null,
        SupportType[]? given = null,
        RadioMove? wish = null) =>
        new()
        {
            Id = id, Label = label, Domain = domain, Ring = ring, Quality = quality, Kind = kind, Name = name, Role = role,
            Frequency = frequency, SupportReceived = received ?? [], SupportGiven = given ?? [], Wish = wish,
        };
}
