using BenchmarkDotNet.Running;

namespace GesprekBot.Benchmarks;

internal static class BenchmarkProgram
{
    // Micro-benchmarks: dotnet run -c Release --project tests/GesprekBot.Benchmarks -- --filter '*'
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
