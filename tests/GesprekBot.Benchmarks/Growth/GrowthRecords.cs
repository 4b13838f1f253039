using System.Globalization;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;

namespace GesprekBot.Benchmarks.Growth;

/// <summary>A submitted intake of a realistic size (a name, a few answers, a small map).</summary>
internal static class GrowthRecords
{
    public static IntakeRecord Submitted(string id, int number, DateTimeOffset at) => new()
    {
        Id = id,
        Code = "G" + number.ToString("D7", CultureInfo.InvariantCulture),
        Status = IntakeStatus.Submitted,
        ConsentAt = at,
        Locale = "nl-BE",
        PreferredName = "Cliënt " + number.ToString(CultureInfo.InvariantCulture),
        Answers =
        [
            new IntakeAnswer("miracle.different", Technique.MiracleQuestion, "Ik zou rustig wakker worden en met mijn zus bellen.", null, AnsweredBy.Client, at),
            new IntakeAnswer("scaling.now", Technique.Scaling, "een 4", null, AnsweredBy.Client, at),
            new IntakeAnswer("future.year", Technique.FutureOriented, "Een eigen studio en werk in de keuken.", null, AnsweredBy.Client, at),
        ],
        Urgent = [],
        UpdatedAt = at,
        SubmittedAt = at,
    };
}
