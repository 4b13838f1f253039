using GesprekBot.Dialogs.Network;
using static GesprekBot.Dialogs.Tests.NetworkInventory.InventoryTranscriptSteps;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

/// <summary>
/// "Je noemde eerder Tom. Hoort Tom in je netwerk?" answered with other people's names: they are
/// written down, not dropped with a "Kies Ja of Nee" (seen in Web Chat, walk s13).
/// </summary>
public class InventoryProposalAnswerTranscriptTests
{
    private const string TomQuestion = "Je noemde eerder Tom. Hoort Tom in je netwerk?";

    [Fact]
    public async Task Nee_with_someone_else_writes_down_the_other_person_and_not_the_proposal()
    {
        NetworkMap? map = null;
        await InventoryHost.Start("nl-BE", "Ik praat soms met Tom.")
            .BotSaysContaining(Intro)
            .BotSays(TomQuestion)
            .UserSays("nee, maar mijn zus Lotte wel")
            .BotSays("Ik schrijf op: Lotte.")
            .BotSaysContaining(Family)
            .NobodyElseToTheEnd()
            .BotSaysNothingMore()
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        var lotte = Assert.Single(map!.Members);
        Assert.Equal(("Lotte", "zus"), (lotte.Name, lotte.Role));
    }

    [Fact]
    public async Task Ja_with_someone_else_writes_down_both()
    {
        NetworkMap? map = null;
        await InventoryHost.Start("nl-BE", "Ik praat soms met Tom.")
            .BotSaysContaining(Intro)
            .BotSays(TomQuestion)
            .UserSays("ja, en ook mijn buurvrouw Rita")
            .BotSays("Ik schrijf op: Tom en Rita.")
            .BotSays("Wie is Tom voor jou?")
            .UserSays("een vriend")
            .BotSaysContaining(Family)
            .NobodyElseToTheEnd()
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.Equal(["Tom", "Rita"], map!.Members.Select(m => m.Name));
        Assert.Equal("buur", map.Members[1].Role);
    }

    [Fact]
    public async Task Only_other_names_are_written_down_and_the_proposal_is_asked_again()
    {
        NetworkMap? map = null;
        await InventoryHost.Start("nl-BE", "Ik praat soms met Tom.")
            .BotSaysContaining(Intro)
            .BotSays(TomQuestion)
            .UserSays("mijn mama en mijn nonkel Jef")
            .BotSays("Ik schrijf op: mama en Jef.")
            .BotSays(TomQuestion)
            .UserSays("nee")
            .BotSaysContaining(Family)
            .NobodyElseToTheEnd()
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.Equal(["moeder", "oom"], map!.Members.Select(m => m.Role));
    }

    [Fact]
    public async Task The_proposal_named_with_a_role_is_a_yes_with_that_role()
    {
        NetworkMap? map = null;
        await InventoryHost.Start("nl-BE", "Ik praat soms met Tom.")
            .BotSaysContaining(Intro)
            .BotSays(TomQuestion)
            .UserSays("Tom is mijn neef")
            .BotSays("Ik schrijf op: Tom.")
            .BotSaysContaining(Family)
            .NobodyElseToTheEnd()
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        var tom = Assert.Single(map!.Members);
        Assert.Equal(("Tom", "neef"), (tom.Name, tom.Role));
    }
}

internal static class ProposalAnswerSteps
{
    /// <summary>From the family question: nobody else anywhere, the rest later, the map done.</summary>
    public static GesprekBot.Dialogs.Engine.Testing.TranscriptTest NobodyElseToTheEnd(this GesprekBot.Dialogs.Engine.Testing.TranscriptTest test) => test
        .UserSays("niemand")
        .BotSaysContaining("(2/7)")
        .NobodyInOtherDomains()
        .BotSaysContaining(RingsIntro)
        .BotSaysContaining("Hoe dichtbij staat")
        .Answer("de rest later", Animals)
        .Answer("nee", Wishes)
        .Answer("niemand", Satisfaction)
        .UserSays("5")
        .BotSaysContaining("Je kaart is klaar. Er staa");
}
