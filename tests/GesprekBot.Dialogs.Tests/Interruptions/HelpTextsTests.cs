using System.Globalization;
using GesprekBot.Dialogs.FutureQuestions;
using GesprekBot.Dialogs.Intake.Submission;
using GesprekBot.Dialogs.Intake.Summary;
using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.MiracleQuestion;
using GesprekBot.Dialogs.QuestionBehindQuestion;
using GesprekBot.Dialogs.Scaling;

namespace GesprekBot.Dialogs.Tests.Interruptions;

public class HelpTextsTests
{
    public static TheoryData<string, string> QuestionsAndLanguages()
    {
        string[] keys =
        [
            "intake.consent", "intake.name", QuestionBehindQuestionSteps.WhyKey, QuestionBehindQuestionSteps.WishKey,
            QuestionBehindQuestionSteps.CheckKey, QuestionBehindQuestionSteps.RestatedKey, MiracleQuestionSteps.DifferentKey,
            MiracleQuestionSteps.MoreKey, MiracleQuestionSteps.NoticeKey, MiracleQuestionSteps.DoKey, MiracleQuestionSteps.OthersKey,
            MiracleQuestionSteps.ReactKey, ScalingSteps.ScoreKey, ScalingSteps.WhyNotLowerKey, ScalingSteps.OneHigherKey,
            FutureQuestionSteps.GoodDayKey, FutureQuestionSteps.FirstStepKey, FutureQuestionSteps.BeforeKey, FutureQuestionSteps.HowKey,
            FutureQuestionSteps.WhoKey, "network", SummaryDialog.CheckKey, SummaryDialog.ChangeKey, SubmissionSteps.CopyKey,
        ];
        var data = new TheoryData<string, string>();
        foreach (var key in keys)
        {
            data.Add(key, "nl-BE");
            data.Add(key, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(QuestionsAndLanguages))]
    public void Every_question_has_its_own_help_in_both_languages(string questionKey, string culture)
    {
        var texts = new TextCatalog(CultureInfo.GetCultureInfo(culture));
        var help = texts.Find(HelpInterceptor.HelpTextName(questionKey));

        Assert.False(string.IsNullOrWhiteSpace(help));
        Assert.NotEqual(help, new TextCatalog(CultureInfo.GetCultureInfo(culture == "en" ? "nl-BE" : "en")).Find(HelpInterceptor.HelpTextName(questionKey)));
    }
}
