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

    [Theory]
    [InlineData("De kinderen zie ik elk weekend", "de kinderen")]
    [InlineData("Mijn zus woont ver", "mijn zus")]
    [InlineData("De Smet, mijn buurman", "De Smet, mijn buurman")]
    public void The_capital_of_a_sentence_is_not_kept_in_a_label(string answer, string label)
    {
        Assert.Equal(label, Labels(answer)[0]);
    }
}
