using BenchmarkDotNet.Running;
using GesprekBot.Benchmarks.Growth;
using GesprekBot.Benchmarks.Load;
using GesprekBot.Language.Crisis.Model;
using GesprekBot.Language.Tests.Evaluation;

namespace GesprekBot.Benchmarks;

internal static class BenchmarkProgram
{
    // Language evaluation:  dotnet run -c Release --project tests/GesprekBot.Benchmarks -- language-eval [--errors]
    // Load on the real bot:  dotnet run -c Release --project tests/GesprekBot.Benchmarks -- load [--conversations 200] [--concurrency 16] [--seconds 120]
    // Store growth:        dotnet run -c Release --project tests/GesprekBot.Benchmarks -- growth [--intakes 100000] [--conversations 64] [--rounds 4] [--provider Sqlite]
    // Micro-benchmarks:     dotnet run -c Release --project tests/GesprekBot.Benchmarks -- --filter '*'
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "load")
        {
            return await LoadDriver.RunAsync(LoadOptions.Parse(args));
        }

        if (args.Length > 0 && args[0] == "growth")
        {
            return await GrowthDriver.RunAsync(GrowthOptions.Parse(args));
        }

        if (args.Length > 0 && args[0] == "language-eval")
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "Evaluation");
            var errors = args.Contains("--errors");
            LanguageEvaluation.Run(directory).Print(Console.Out, errors);
            // Every crisis*.txt on its own: the development set and any held-out file dropped in beside it.
            foreach (var crisis in CrisisEvaluation.Run(directory))
            {
                crisis.Print(Console.Out, errors);
            }

            // The model has been trained on those files: its honest figures are the cross-validated ones.
            var scored = CrisisCrossValidation.Score(TrainingSet.LoadEmbedded(), new TrainingOptions());
            new CrisisModelReport(scored, CrisisModelLayer.Threshold).Print(Console.Out, errors);

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
