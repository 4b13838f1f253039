using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.NetworkInventory;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

public class InventoryPlannerTests
{
    /// <summary>A state where every domain and ring question is answered and <paramref name="count"/> people are placed.</summary>
    private static InventoryState WithPeople(int count, Func<int, int> ring)
    {
        var entries = Enumerable.Range(1, count)
            .Select(i => new InventoryEntry(new NetworkMember { Id = $"m{i}", Label = $"persoon {i}", Ring = ring(i) }, "Domain:Family"))
            .ToList();
        IEnumerable<string> asked =
        [
            .. InventoryPlanner.Domains.Select(d => $"Domain:{d}"),
            .. entries.Select(e => $"Ring:{e.Member.Id}"),
        ];
        return new InventoryState { Entries = entries, Asked = [.. asked] };
    }

    private static InventoryState AnswerAll(InventoryState state, Func<InventoryQuestion, bool> until)
    {
        while (InventoryPlanner.Next(state) is { } question && !until(question))
        {
            state = state.MarkAsked(question);
        }

        return state;
    }

    [Fact]
    public void Details_start_with_the_inner_rings()
    {
        var state = WithPeople(3, i => 5 - i);

        Assert.Equal(new InventoryQuestion(QuestionKind.SupportReceived, "m3", 1, 3), InventoryPlanner.Next(state));
    }

    [Fact]
    public void After_eight_members_in_detail_the_client_is_asked_whether_to_go_on()
    {
        var state = AnswerAll(WithPeople(10, _ => 2), q => q.Kind == QuestionKind.MoreDetails);

        Assert.Equal(InventoryPlanner.DetailCap * InventoryPlanner.DetailKinds.Count, state.Asked.Count(k => !k.StartsWith("Domain", StringComparison.Ordinal) && !k.StartsWith("Ring", StringComparison.Ordinal)));
        Assert.Equal(QuestionKind.MoreDetails, InventoryPlanner.Next(state)?.Kind);
    }

    [Fact]
    public void Wanting_more_details_asks_about_the_rest_then_moves_on()
    {
        var state = AnswerAll(WithPeople(10, _ => 2), q => q.Kind == QuestionKind.MoreDetails);
        state = state.MarkAsked(new InventoryQuestion(QuestionKind.MoreDetails)) with { MoreDetailsWanted = true };

        Assert.Equal(new InventoryQuestion(QuestionKind.SupportReceived, "m9", 9, 10), InventoryPlanner.Next(state));
    }

    [Fact]
    public void Not_wanting_more_details_goes_on_to_animals_and_places()
    {
        var state = AnswerAll(WithPeople(10, _ => 2), q => q.Kind == QuestionKind.MoreDetails);
        state = state.MarkAsked(new InventoryQuestion(QuestionKind.MoreDetails));

        Assert.Equal(QuestionKind.AnimalsAndPlaces, InventoryPlanner.Next(state)?.Kind);
    }

    [Fact]
    public void Who_knows_whom_is_bounded_to_five_questions_among_the_six_closest()
    {
        var state = AnswerAll(WithPeople(9, i => i <= 8 ? 1 : 3), q => q.Kind == QuestionKind.Ties);

        var ties = new List<InventoryQuestion>();
        while (InventoryPlanner.Next(state) is { Kind: QuestionKind.Ties } question)
        {
            ties.Add(question);
            state = state.MarkAsked(question);
        }

        Assert.Equal(InventoryPlanner.MaxTieMembers - 1, ties.Count);
        Assert.Equal(QuestionKind.Satisfaction, InventoryPlanner.Next(state)?.Kind);
    }

    [Fact]
    public void De_rest_later_skips_all_remaining_member_questions()
    {
        var state = WithPeople(3, _ => 1) with { MemberQuestionsStopped = true };

        Assert.Equal(QuestionKind.AnimalsAndPlaces, InventoryPlanner.Next(state)?.Kind);
    }
}
