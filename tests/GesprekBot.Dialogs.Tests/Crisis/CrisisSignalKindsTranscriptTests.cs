using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;
using static GesprekBot.Dialogs.Tests.Crisis.CrisisTranscriptTests;

namespace GesprekBot.Dialogs.Tests.Crisis;

/// <summary>Danger now starts with 112; unsure words get a gentle question first.</summary>
public class CrisisSignalKindsTranscriptTests
{
    private const string MeantSuicide = "Bedoel je dat je er niet meer wil zijn?";

    [Fact]
    public async Task When_danger_is_now_the_very_first_line_is_112_and_the_button_calls_112()
    {
        var state = await new TranscriptTest(CrisisEngines.With("ophangen", CrisisEngines.Danger(CrisisCategory.Suicide, "ophangen")))
            .ToQuestionBehindQuestion()
            .UserSays("ik wil me ophangen")
            .BotSays("Ben je nu in gevaar? Bel 112.")
            .BotSaysContaining(Suicide)
            .BotSays(Others)
            .BotSays(SeenLater)
            .BotSays(Choice)
            .BotOffers("Ik bel nu 112", "Pauze", "Verder")
            .AssertAsync();

        Assert.Equal(CrisisCategory.Suicide, Assert.Single(state.Record()!.Urgent).Category);
    }

    [Fact]
    public async Task In_english_danger_now_also_starts_with_112()
    {
        await new TranscriptTest(CrisisEngines.With("bridge", CrisisEngines.Danger(CrisisCategory.Suicide, "bridge")))
            .ToQuestionBehindQuestionInEnglish()
            .UserSays("I want to jump off a bridge")
            .BotSays("Are you in danger right now? Call 112.")
            .BotSaysContaining("call the Zelfmoordlijn on 1813")
            .BotSaysContaining("112 also answers in English")
            .BotSaysAnything()
            .BotSaysAnything()
            .BotOffers("I'll call 112 now", "Pause", "Go on")
            .AssertAsync();
    }

    [Fact]
    public async Task Without_danger_now_112_is_not_put_first()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .UserSays("ik wil dood")
            .BotSaysContaining(Suicide)
            .BotSays(Others)
            .BotSays(SeenLater)
            .BotSays(Choice)
            .AssertAsync();
    }

    [Fact]
    public async Task Unsure_words_get_a_gentle_question_and_yes_gives_the_full_answer_and_the_flag()
    {
        var state = await new TranscriptTest(CrisisEngines.With("slapen", CrisisEngines.Unsure(CrisisCategory.Suicide, "slapen")))
            .ToMiracle()
            .UserSays("ik wil gewoon slapen en niets meer")
            .BotSays(MeantSuicide)
            .BotOffers("Ja", "Nee")
            .BotSaysNothingMore()
            .Then((_, s) => Assert.Empty(s.Record()!.Urgent))
            .UserSays("ja")
            .BotSaysContaining(Suicide)
            .BotSays(Others)
            .BotSays(SeenLater)
            .BotSays(Choice)
            .Row("verder", GoOn, "Wat nog meer?")
            .AssertAsync();

        var record = state.Record()!;
        var flag = Assert.Single(record.Urgent);
        Assert.Equal("ik wil gewoon slapen en niets meer", flag.Quote);
        Assert.True(flag.IsAnswer);
        Assert.Equal("ik wil gewoon slapen en niets meer", record.Answer("miracle.different")?.Text);
    }

    [Fact]
    public async Task Unsure_words_and_no_get_a_kind_word_and_the_message_is_read_as_the_normal_answer()
    {
        var state = await new TranscriptTest(CrisisEngines.With("slapen", CrisisEngines.Unsure(CrisisCategory.Suicide, "slapen")))
            .ToMiracle()
            .Row("ik zou eindelijk goed slapen", MeantSuicide)
            .Row("nee", "Oké, dank je dat je het zegt. Dan schrijf ik het op als je antwoord.", "Wat nog meer?")
            .AssertAsync();

        var record = state.Record()!;
        Assert.Empty(record.Urgent);
        Assert.Equal("ik zou eindelijk goed slapen", record.Answer("miracle.different")?.Text);
        Assert.False(state.Get<bool>(GesprekBot.Dialogs.Crisis.CrisisMemory.SignalledKey));
    }

    [Fact]
    public async Task An_unclear_reply_to_the_gentle_question_is_asked_once_more_then_read_as_the_answer_with_the_numbers()
    {
        await new TranscriptTest(CrisisEngines.With("slapen", CrisisEngines.Unsure(CrisisCategory.Suicide, "slapen")))
            .ToMiracle()
            .Row("ik zou eindelijk goed slapen", MeantSuicide)
            .Row("hmm", "Ik begrijp je niet goed. Bedoel je dat je er niet meer wil zijn? Kies \"Ja\" of \"Nee\".")
            .Row("weet niet", "Oké. Ik schrijf het op als je antwoord. Gaat het toch niet goed? Bel dan 1813 of 112. Dat kan dag en nacht.", "Wat nog meer?")
            .AssertAsync();
    }

    [Fact]
    public async Task The_gentle_question_matches_the_kind_of_signal()
    {
        await new TranscriptTest(CrisisEngines.With("duwt", CrisisEngines.Unsure(CrisisCategory.Violence, "duwt")))
            .ToMiracle()
            .Row("mijn broer duwt soms", "Bedoel je dat iemand je pijn doet?")
            .UserSays("ja")
            .BotSaysContaining(Violence)
            .BotSays(Others)
            .BotSaysContaining("bel nu 1712 of 112")
            .BotSays(Choice)
            .AssertAsync();
    }

    [Fact]
    public async Task English_unsure_words_get_the_gentle_question_in_english()
    {
        await new TranscriptTest(CrisisEngines.With("sleep", CrisisEngines.Unsure(CrisisCategory.Suicide, "sleep")))
            .ToQuestionBehindQuestionInEnglish()
            .UserSays("I just want to sleep forever")
            .BotSays("Do you mean that you do not want to be here any more?")
            .BotOffers("Yes", "No")
            .Row("no", "OK, thank you for telling me. Then I will write it down as your answer.", "What would you like help with?")
            .AssertAsync();
    }

    [Fact]
    public async Task English_speakers_hear_that_112_answers_in_english_and_the_english_helpline_also_at_the_goodbye()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestionInEnglish()
            .UserSays("I want to kill myself")
            .BotSaysAnything()
            .BotSaysContaining("112 also answers in English")
            .BotSaysAnything().BotSaysAnything()
            .Row("I'll call 1813 now", "Good that you call. Call 1813 or 112. It is free, day and night. I will wait here for you. When you are back, just type something and we go on.")
            .UserSays("pause")
            .BotSaysContaining("pause")
            .BotReplies(r => Assert.Contains("Community Help Service helpline on 02 648 40 14", r.Text, StringComparison.Ordinal))
            .AssertAsync();
    }
}
