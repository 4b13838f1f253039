using GesprekBot.Dialogs.Engine.Testing;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

/// <summary>Shorthands for the inventory's fixed openings, so each test shows only what it is about.</summary>
internal static class InventoryTranscriptSteps
{
    public const string Intro = "Nu maken we samen een kaart van de mensen rondom jou.";
    public const string Family = "(1/7) Gezin en familie. Wie hoort daarbij?";
    public const string RingsIntro = "Nu vraag ik voor iedereen hoe dichtbij die bij jou staat.";
    public const string DetailsIntro = "Nu nog een paar vragen per persoon.";
    public const string Animals = "Zijn er dieren of plekken die belangrijk zijn voor jou?";
    public const string Wishes = "Is er iemand die je graag (terug) in je leven wil?";
    public const string Satisfaction = "Hoe tevreden ben je over de mensen rondom jou?";

    public static TranscriptTest Opening(this TranscriptTest test) =>
        test.BotSaysContaining(Intro).BotSaysContaining(Family).BotOffers("Niemand");

    /// <summary>The user says <paramref name="user"/>; the bot's replies contain the fragments, in order.</summary>
    public static TranscriptTest Answer(this TranscriptTest test, string user, params string[] fragments)
    {
        test.UserSays(user);
        foreach (var fragment in fragments)
        {
            test.BotSaysContaining(fragment);
        }

        return test;
    }

    /// <summary>Answers "niemand" to the domains from friends (2) to "nog iemand anders" (7).</summary>
    public static TranscriptTest NobodyInOtherDomains(this TranscriptTest test, int from = 2)
    {
        for (var i = from; i <= 7; i++)
        {
            test.UserSays("niemand");
            if (i < 7)
            {
                test.BotSaysContaining($"({i + 1}/7)");
            }
        }

        return test;
    }
}
