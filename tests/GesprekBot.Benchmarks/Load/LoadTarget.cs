namespace GesprekBot.Benchmarks.Load;

/// <summary>One system under load: its rounds and its pooled latencies, seen by the client and by the server.</summary>
internal sealed class LoadTarget(string name)
{
    public string Name { get; } = name;

    public LatencyStats ClientSide { get; } = new();

    public LatencyStats ServerSide { get; } = new();

    public List<LoadRoundResult> Rounds { get; } = [];

    public int Turns => Rounds.Sum(r => r.Turns);

    public double TurnsPerSecond => Turns / Math.Max(Rounds.Sum(r => r.Elapsed.TotalSeconds), 1e-9);

    /// <summary>CPU time of the whole process per turn (clients and both servers): less sensitive to a busy machine than turns/s.</summary>
    public double CpuMsPerTurn => Rounds.Sum(r => r.Cpu.TotalMilliseconds) / Math.Max(1, Turns);

    public double AllocatedKiBPerTurn => Rounds.Sum(r => r.AllocatedBytes) / (double)Math.Max(1, Turns) / 1024;
}
