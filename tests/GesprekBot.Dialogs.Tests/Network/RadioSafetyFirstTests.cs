using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network;

/// <summary>H12: a member named in a violence or abuse message is never suggested for a move that brings them closer.</summary>
public class RadioSafetyFirstTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly NetworkMap Map = new()
    {
        Members =
        [
            new NetworkMember { Id = "m1", Label = "mijn vriend tim", Name = "Tim", Ring = 1, Domain = LifeDomain.Friends },
            new NetworkMember { Id = "m2", Label = "mama", Ring = 1, Domain = LifeDomain.Family },
            new NetworkMember { Id = "m3", Label = "Jan", Name = "Jan", Ring = 2, Quality = RelationQuality.Good, Frequency = ContactFrequency.Yearly },
        ],
    };

    private static UrgentFlag Flag(CrisisCategory category, string quote) =>
        new(At, category, ["slaat mij"], "network") { Quote = quote, IsAnswer = true };

    [Fact]
    public void A_member_named_in_a_violence_message_gets_safety_first_instead_of_activate()
    {
        var suggestions = RadioAdvisor.Suggest(Map, [Flag(CrisisCategory.Violence, "mijn vriend tim, maar hij slaat mij soms")]);

        Assert.Contains(new RadioSuggestion(RadioMove.SafetyFirst, RadioReason.NamedInDangerSignal, "m1"), suggestions);
        Assert.DoesNotContain(suggestions, s => s.MemberId == "m1" && s.Move != RadioMove.SafetyFirst);
        Assert.Contains(new RadioSuggestion(RadioMove.Activate, RadioReason.CloseWithoutSupport, "m2"), suggestions);
    }

    [Fact]
    public void An_abuse_message_naming_a_faded_contact_is_never_reanimate()
    {
        var suggestions = RadioAdvisor.Suggest(Map, [Flag(CrisisCategory.Abuse, "jan zit aan mij")]);

        Assert.Equal(RadioMove.SafetyFirst, Assert.Single(suggestions, s => s.MemberId == "m3").Move);
    }

    [Fact]
    public void A_suicide_message_naming_someone_does_not_change_the_advice()
    {
        var suggestions = RadioAdvisor.Suggest(Map, [Flag(CrisisCategory.Suicide, "tim weet niet dat ik dood wil")]);

        Assert.Equal(RadioAdvisor.Suggest(Map).Select(s => (s.Move, s.Reason, s.MemberId)), suggestions.Select(s => (s.Move, s.Reason, s.MemberId)));
        Assert.DoesNotContain(suggestions, s => s.Move == RadioMove.SafetyFirst);
    }

    [Fact]
    public void A_name_inside_another_word_is_not_a_match()
    {
        var suggestions = RadioAdvisor.Suggest(Map, [Flag(CrisisCategory.Violence, "de timmerman slaat mij")]);

        Assert.DoesNotContain(suggestions, s => s.Move == RadioMove.SafetyFirst);
    }
}
