using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Interruptions;

public class EnglishInterruptionsTests
{
    private static TranscriptTest ToFirstQuestion() => new TranscriptTest(IntakeScript.Engine())
        .ToQuestionBehindQuestionInEnglish();

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
            .BotSays("112 also answers in English. Would you rather talk in English? Call the Community Help Service helpline on 02 648 40 14, day and night. In Dutch you can also call Tele-Onthaal on 106, or Awel on 102 if you are young.")
            .BotSays("I am writing this down for your social worker. They will only see it when they read your answers. Do not wait for that: call 1813 or 112 now.")
            .BotSays("What would you like to do now? You can call now. You can also take a break, or go on with the questions.")
            .BotOffers("I'll call 1813 now", "Pause", "Go on")
            .BotSaysNothingMore()
            .Row("go on", "OK. We go on with the question:", "What brings you here?")
            .AssertAsync();
    }
}
