using GesprekBot.Dialogs.NetworkInventory;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

public class MemberMergeTests
{
    private static IReadOnlyList<string> Labels(params string[] answers)
    {
        var state = new InventoryState();
        foreach (var answer in answers)
        {
            state = MemberMerge.Add(state, NetworkMemberRecognizer.Recognize(answer), "Domain:Family", LifeDomain.Family, wished: false, out _);
        }

        return [.. state.Entries.Select(e => e.Member.Label)];
    }

    [Theory]
    [InlineData("mijn mama", "mijn moeder")]
    [InlineData("mijn broer Tom", "Tom")]
    [InlineData("Tom", "tom")]
    [InlineData("de buurvrouw", "buurvrouw")]
    public void The_same_person_named_twice_is_kept_once(string first, string second)
    {
        Assert.Single(Labels(first, second));
    }

    [Theory]
    [InlineData("de buurvrouw", "de buurman")]
    [InlineData("mijn oma", "mijn meme")]
    [InlineData("mijn broer Tom", "mijn neef Tom")]
    [InlineData("Tom", "Els")]
    public void Different_people_with_the_same_role_or_name_stay_apart(string first, string second)
    {
        Assert.Equal(2, Labels(first, second).Count);
    }
}
