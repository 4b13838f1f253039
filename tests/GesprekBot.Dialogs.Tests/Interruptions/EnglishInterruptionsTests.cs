using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Interruptions;

public class EnglishInterruptionsTests
{
    private static TranscriptTest ToFirstQuestion() => new TranscriptTest(IntakeScript.Engine())
        .WithLocale("en-GB")
        .StartConversation()
        .BotSaysAnything().BotSaysAnything().BotSaysAnything()
        .UserSays("yes")
        .BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
        .Row("Sam", "Nice to meet you, Sam.", "Step 2 of 8: your question.", "What brings you here?");

    [Fact]
    public async Task English_words_work_and_answers_come_in_english()
    {
        await ToFirstQuestion()
            .Row("help", "Tell me why you are here. A few words are enough.",
                "Type \"back\" to go back, \"skip\" to skip the question, \"pause\" to continue later, or \"restart\" to start over.",
                "What brings you here?")
            .Row("skip", "Okay, we skip this question.", "What would you like help with?")
            .Row("back", "Okay, we go back one question. You may change your answer.", "What brings you here?")
            .UserSays("pause")
            .BotReplies(r => Assert.Contains("resume ", r.Text, StringComparison.Ordinal))
            .Row("hi", "Welcome back! We go on where you were.", "What brings you here?")
            .AssertAsync();
    }

    [Fact]
    public async Task Crisis_lines_are_given_in_english()
    {
        await ToFirstQuestion()
            .UserSays("I want to kill myself")
            .BotReplies(r => Assert.Contains("call the Zelfmoordlijn on 1813", r.Text, StringComparison.Ordinal))
            .BotSays("You can also talk to Tele-Onthaal on 106. Are you young? Call Awel on 102.")
            .BotSaysContaining("urgent")
            .BotSays("What brings you here?")
            .AssertAsync();
    }
}
