using BenchmarkDotNet.Running;
using GesprekBot.Language.Tests.Evaluation;

namespace GesprekBot.Benchmarks;

internal static class BenchmarkProgram
{
    // Language evaluation:  dotnet run -c Release --project tests/GesprekBot.Benchmarks -- language-eval [--errors]
    // Micro-benchmarks:     dotnet run -c Release --project tests/GesprekBot.Benchmarks -- --filter '*'
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "language-eval")
        {
            var report = LanguageEvaluation.Run(Path.Combine(AppContext.BaseDirectory, "Evaluation"));
            report.Print(Console.Out, withErrors: args.Contains("--errors"));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
