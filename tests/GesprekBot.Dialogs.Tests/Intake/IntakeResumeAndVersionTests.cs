using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Intake;

public class IntakeResumeAndVersionTests
{
    [Fact]
    public async Task After_a_bot_restart_the_client_returns_to_the_open_question_with_every_answer()
    {
        var before = await new TranscriptTest(IntakeScript.Engine()).ToScaling().AssertAsync();

        // A new engine instance, as after a deploy: only the stored JSON carries over.
        var after = await new TranscriptTest(IntakeScript.Engine(), before.ToJson())
            .StartConversation()
            .BotSaysContaining("Waar sta je nu?")
            .Row("5", "Wat maakt dat het al een 5 is en geen 0?")
            .AssertAsync();

        Assert.Equal(before.Record()!.Answers.Count + 1, after.Record()!.Answers.Count);
        Assert.Equal(before.Record()!.Id, after.Record()!.Id);
    }

    [Fact]
    public async Task A_client_waiting_at_the_name_under_version_1_goes_on_and_gets_a_record()
    {
        const string Version1 = """
            {"format":1,"stack":[
              {"id":"intake","version":1,"options":null,"state":{"index":1,"values":{"consentAt":"2026-11-22T10:00:00+00:00","preferredName":null},
                "history":[{"index":0,"valuesBefore":{},"input":null,"waited":true},{"index":1,"valuesBefore":{},"input":null,"waited":true}]}},
              {"id":"intake.name","version":1,"options":{"prompt":{"text":"Hoe wil je dat ik je noem?","choices":[]},"maxAttempts":3},"state":{"attempts":0}}
            ],"values":{}}
            """;
        var state = await new TranscriptTest(IntakeScript.Engine(), Version1)
            .Row("Sam", "Fijn je te leren kennen, Sam.", "Stap 2 van 8: je vraag.", "Wat brengt je hier?")
            .AssertAsync();

        Assert.Equal("Sam", state.Record()?.PreferredName);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), state.Record()?.ConsentAt);
    }
}
