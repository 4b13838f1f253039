using GesprekBot.Dialogs.NetworkInventory;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

public class InventoryProposalsTests
{
    [Fact]
    public void People_named_in_several_answers_are_proposed_once_each_in_order()
    {
        var proposals = InventoryProposals.From(["Ik praat soms met Tom.", "Mijn zus helpt me.", "Tom komt op zondag.", "mijn zus en mijn begeleider"]);

        Assert.Equal(["Tom", "Mijn zus", "mijn begeleider"], proposals.Select(p => p.Label));
    }

    [Theory]
    [InlineData("Kim")]
    [InlineData("kim claes")]
    public void The_client_is_never_proposed_as_their_own_member(string clientName)
    {
        var proposals = InventoryProposals.From(["Kim", "ik en mijn zus Lies, Kim is bang"], clientName);

        Assert.Equal(["mijn zus Lies"], proposals.Select(p => p.Label));
    }

    [Fact]
    public void At_most_five_are_proposed()
    {
        var proposals = InventoryProposals.From(["mijn mama, mijn papa, mijn broer, mijn zus, mijn oma, mijn opa en mijn tante"]);

        Assert.Equal(5, proposals.Count);
    }

    [Theory]
    [InlineData("ik voel me alleen")]
    [InlineData("")]
    [InlineData("mijn papa zie ik niet meer")]
    public void Answers_without_people_in_contact_propose_nobody(string answer)
    {
        Assert.Empty(InventoryProposals.From([answer]));
    }
}
