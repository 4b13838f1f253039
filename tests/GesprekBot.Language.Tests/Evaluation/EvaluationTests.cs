using Xunit.Abstractions;

namespace GesprekBot.Language.Tests.Evaluation;

public class EvaluationTests(ITestOutputHelper output)
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Evaluation");

    [Fact]
    public void Members_ReachTheF1Target()
    {
        var report = LanguageEvaluation.Run(Directory);
        Print(report);
        var dutch = report.Members("Dutch");
        Assert.True(dutch.Sentences >= 150, $"only {dutch.Sentences} member sentences");
        Assert.True(dutch.F1 >= 0.95, $"member F1 {dutch.F1:0.000} < 0.95");
    }

    [Fact]
    public void EnglishMembers_ReachTheF1Target()
    {
        var english = LanguageEvaluation.Run(Directory).Members("English");
        Assert.True(english.Sentences >= 30, $"only {english.Sentences} English member sentences");
        Assert.True(english.F1 >= 0.95, $"English member F1 {english.F1:0.000} < 0.95");
        foreach (var what in new[] { "role", "kind", "domain", "name" })
        {
            Assert.True(english.Accuracy(what) >= 0.9, $"English {what} accuracy {english.Accuracy(what):0.000} < 0.90");
        }
    }

    [Fact]
    public void MemberAttributes_ReachTheAccuracyTarget()
    {
        var dutch = LanguageEvaluation.Run(Directory).Members("Dutch");
        foreach (var what in new[] { "role", "kind", "domain", "name" })
        {
            Assert.True(dutch.Accuracy(what) >= 0.95, $"{what} accuracy {dutch.Accuracy(what):0.000} < 0.95");
        }
    }

    [Fact]
    public void Values_ReachTheAccuracyTarget()
    {
        var report = LanguageEvaluation.Run(Directory);
        foreach (var what in new[] { "number", "yesno", "frequency", "choice" })
        {
            Assert.True(report.Total(what) >= 30, $"only {report.Total(what)} {what} cases");
            Assert.True(report.Accuracy(what) >= 0.95, $"{what} accuracy {report.Accuracy(what):0.000} < 0.95");
        }
    }

    [Fact]
    public void ClientNames_ReachTheAccuracyFloor()
    {
        var report = LanguageEvaluation.Run(Directory);
        Print(report);
        Assert.True(report.Total("client name") >= 80, $"only {report.Total("client name")} name replies");
        Assert.True(report.Accuracy("client name") >= 0.95, $"client name accuracy {report.Accuracy("client name"):0.000} < 0.95");
    }

    private void Print(EvaluationReport report)
    {
        using var writer = new StringWriter();
        report.Print(writer, withErrors: true);
        output.WriteLine(writer.ToString());
    }
}
