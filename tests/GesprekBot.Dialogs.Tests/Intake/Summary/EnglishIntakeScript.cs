using GesprekBot.Dialogs.Engine.Testing;

namespace GesprekBot.Dialogs.Tests.Intake.Summary;

/// <summary>The English twin of IntakeScript.ToSummary: the whole intake in English, up to "Is this right?".</summary>
internal static class EnglishIntakeScript
{
    public static TranscriptTest ToSummaryInEnglish(this TranscriptTest test) => test
        .WithLocale("en-GB")
        .StartConversation()
        .BotSaysContaining("Hello, I am GesprekBot.")
        .BotSaysContaining("112")
        .BotSaysContaining("May I keep your answers?")
        .UserSays("yes")
        .BotSays("Thank you. Let us begin.")
        .BotSaysAnything()
        .BotSays("Step 1 of 8: your name.")
        .BotSaysContaining("What would you like me to call you?")
        .Row("Sam", "Nice to meet you, Sam.", "Step 2 of 8: your question.", "What brings you here?")
        .Row("I feel alone since the move", "What would you like help with?")
        .Row("meet more people", "Did I understand well that this is your question: \"meet more people\"?")
        .Row("yes", "Good. Now I know what matters to you.", "Step 3 of 8: the miracle question.")
        .BotSaysAnything()
        .BotSaysContaining("Suppose a miracle happens tonight.")
        .Row("I would wake up rested", "What else?")
        .Row("I would want to go outside", "How can you tell that your problem is solved?")
        .Row("I meet someone", "What do you do differently then?")
        .Row("I go to the market", "The people around you notice it too, like your partner, your children, your family or your friends. What will they do differently?")
        .Row("my sister calls more often", "How will they react to you?")
        .UserSays("happy")
        .BotSays("Step 4 of 8: where you are now.")
        .BotSaysContaining("Where are you now?")
        .Row("4", "What makes it a 4 already, and not a 0?")
        .Row("my dog", "What would a 5 mean? What is different then?")
        .Row("going out once a week", "Step 5 of 8: the future.", "What does a good day look like, one year from now?")
        .Row("I work in a garden", "What is a first small step in that direction?")
        .Row("ask at the community centre", "How did you solve something like this before?")
        .Row("I went to a sports club", "How could you go about that first step?")
        .Row("call them", "Who can help you with that?")
        .UserSays("my sister Lies")
        .BotSays("Step 6 of 8: the people around you.")
        .BotSaysAnything()
        .UserSays("Lies, the neighbour")
        .BotSays("Step 7 of 8: summary.")
        .BotSaysContaining("This is what I noted:")
        .BotSays("Is this right?");
}
