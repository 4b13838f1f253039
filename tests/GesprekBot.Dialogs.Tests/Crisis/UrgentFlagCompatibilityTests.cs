using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Dialogs.Tests.Crisis;

/// <summary>Records stored before a flag kept the client's words still load; the new fields are optional.</summary>
public class UrgentFlagCompatibilityTests
{
    [Fact]
    public void A_flag_written_by_an_older_build_loads_without_quote_and_not_as_an_answer()
    {
        const string Old = """
            {"schemaVersion":1,"id":"r1","status":"Draft","consentAt":"2026-11-23T09:00:00+00:00","locale":"nl-BE",
             "answers":[{"questionKey":"crisis.1","technique":"Intake","text":"ik wil dood","value":null,"answeredBy":"Client","at":"2026-11-23T09:00:00+00:00"}],
             "urgent":[{"at":"2026-11-23T09:00:00+00:00","category":"Suicide","triggerWords":["ik wil dood"],"questionKey":"qbq.why"}]}
            """;

        var record = JsonSerializer.Deserialize<IntakeRecord>(Old, DialogJson.Options)!;

        var flag = Assert.Single(record.Urgent);
        Assert.Equal(CrisisCategory.Suicide, flag.Category);
        Assert.Null(flag.Quote);
        Assert.False(flag.IsAnswer);
    }

    [Fact]
    public void A_new_flag_keeps_its_quote_and_answer_mark_through_json()
    {
        var flag = new UrgentFlag(DateTimeOffset.UnixEpoch, CrisisCategory.Violence, ["slaat mij"], "network") { Quote = "tim slaat mij", IsAnswer = true };

        var read = JsonSerializer.Deserialize<UrgentFlag>(JsonSerializer.Serialize(flag, DialogJson.Options), DialogJson.Options)!;

        Assert.Equal("tim slaat mij", read.Quote);
        Assert.True(read.IsAnswer);
    }
}
