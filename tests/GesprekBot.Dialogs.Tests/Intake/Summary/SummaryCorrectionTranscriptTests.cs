using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Intake.Summary;

public class SummaryCorrectionTranscriptTests
{
    private const string WhatToChange = "Wat moet ik aanpassen? Zeg het in gewone woorden. Bijvoorbeeld: \"Tom is mijn neef\" of \"verwijder de buurvrouw\".";

    [Fact]
    public async Task Removing_someone_in_plain_words_changes_the_map_and_shows_the_summary_again()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .Row("nee", WhatToChange)
            .UserSays("verwijder de buurvrouw")
            .BotSaysAnything()
            .BotReplies(r => Assert.DoesNotContain("buurvrouw", r.Text, StringComparison.Ordinal))
            .BotSays("Klopt dit?")
            .UserSays("ja")
            .BotSays("Stap 8 van 8: afronden.")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .AssertAsync();

        Assert.Equal(["Lies"], state.Record()!.Network!.Members.Select(m => m.Label));
        Assert.Equal(IntakeStatus.Submitted, state.Record()!.Status);
    }

    [Fact]
    public async Task A_role_correction_is_applied_to_the_member()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .Row("nee", WhatToChange)
            .UserSays("Lies is mijn nicht")
            .BotSaysAnything()
            .BotSaysContaining("Dit heb ik genoteerd:")
            .BotSays("Klopt dit?")
            .AssertAsync();

        Assert.Equal("nicht", state.Record()!.Network!.Members[0].Role);
    }

    [Fact]
    public async Task A_correction_given_as_the_answer_to_klopt_dit_is_applied_at_once()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .UserSays("Lies is mijn nicht")
            .BotSaysAnything()
            .BotSaysContaining("Dit heb ik genoteerd:")
            .BotSays("Klopt dit?")
            .AssertAsync();

        Assert.Equal("nicht", state.Record()!.Network!.Members[0].Role);
        Assert.NotEqual(IntakeStatus.Submitted, state.Record()!.Status);
    }

    [Fact]
    public async Task A_remark_that_is_not_about_the_map_is_kept_as_a_note_and_shown()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .Row("nee", WhatToChange)
            .Row("ik wil liever niet dat mijn ex dit leest", "Ik heb je opmerking genoteerd. Je hulpverlener leest ze.")
            .BotReplies(r => Assert.Contains("- Jouw opmerkingen: ik wil liever niet dat mijn ex dit leest", r.Text, StringComparison.Ordinal))
            .BotSays("Klopt dit?")
            .AssertAsync();

        Assert.Equal("ik wil liever niet dat mijn ex dit leest", state.Record()!.Answer("summary.note.1")?.Text);
    }

    [Fact]
    public async Task Help_at_the_correction_question_explains_with_examples()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .Row("nee", WhatToChange)
            .UserSays("help")
            .BotSaysContaining("\"mama staat dichterbij\"")
            .BotSaysAnything()
            .BotSays(WhatToChange)
            .AssertAsync();
    }
}
