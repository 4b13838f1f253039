using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Bot.Tests.Review;

/// <summary>Hand-built intake records for the review tests.</summary>
internal static class ReviewSamples
{
    public static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static NetworkMap Map(string hostile = "mama") => new()
    {
        Members =
        [
            new() { Id = "m1", Label = hostile, Role = "moeder", Domain = LifeDomain.Family, Ring = 1, Quality = RelationQuality.Good, Frequency = ContactFrequency.Daily, SupportReceived = [SupportType.Emotional] },
            new() { Id = "m2", Label = "Tom", Name = "Tom", Role = "broer", Domain = LifeDomain.Family, Ring = 2, Quality = RelationQuality.Difficult, Frequency = ContactFrequency.Monthly },
            new() { Id = "m3", Label = "=HYPERLINK(\"http://x\")", Domain = LifeDomain.Neighbourhood, Ring = 3, Quality = RelationQuality.Good, Frequency = ContactFrequency.Yearly },
            new() { Id = "m4", Label = "mijn hond Max", Kind = MemberKind.Animal, Domain = LifeDomain.Family, Ring = 1 },
        ],
        Ties = [new("m1", "m2"), new("m2", "m3")],
        Satisfaction = 6,
        CompletedAt = At,
    };

    public static IntakeRecord Record(string id, string? code = null, string? invite = null, string name = "Mira", string answer = "Ik zou rustig wakker worden.", NetworkMap? map = null, bool urgent = false) => new()
    {
        Id = id,
        Code = code ?? $"CODE-{id}",
        Status = IntakeStatus.Submitted,
        ConsentAt = At,
        Locale = "nl-BE",
        PreferredName = name,
        InviteCode = invite,
        Answers = [new IntakeAnswer("miracle.different", Technique.MiracleQuestion, answer, null, AnsweredBy.Client, At)],
        Urgent = urgent ? [new UrgentFlag(At, CrisisCategory.SelfHarm, ["snijden"], "miracle.different")] : [],
        Network = map ?? Map(),
        UpdatedAt = At,
        SubmittedAt = At,
    };
}
