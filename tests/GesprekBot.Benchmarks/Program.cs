using BenchmarkDotNet.Running;
using GesprekBot.Benchmarks.Load;
using GesprekBot.Language.Tests.Evaluation;

namespace GesprekBot.Benchmarks;

internal static class BenchmarkProgram
{
    // Language evaluation:  dotnet run -c Release --project tests/GesprekBot.Benchmarks -- language-eval [--errors]
    // Load on the real bot:  dotnet run -c Release --project tests/GesprekBot.Benchmarks -- load [--conversations 200] [--concurrency 16] [--seconds 120]
    // Micro-benchmarks:     dotnet run -c Release --project tests/GesprekBot.Benchmarks -- --filter '*'
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "load")
        {
            return await LoadDriver.RunAsync(LoadOptions.Parse(args));
        }

        if (args.Length > 0 && args[0] == "language-eval")
        {
            var report = LanguageEvaluation.Run(Path.Combine(AppContext.BaseDirectory, "Evaluation"));
            report.Print(Console.Out, withErrors: args.Contains("--errors"));
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
