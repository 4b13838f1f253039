namespace GesprekBot.Benchmarks.Load;

/// <summary>Percentiles over recorded turn latencies (nearest-rank).</summary>
internal sealed class LatencyStats
{
    private readonly List<double> milliseconds = [];

    public int Count
    {
        get
        {
            lock (milliseconds)
            {
                return milliseconds.Count;
            }
        }
    }

    public void Add(TimeSpan latency)
    {
        lock (milliseconds)
        {
            milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    public void Clear()
    {
        lock (milliseconds)
        {
            milliseconds.Clear();
        }
    }

    public double Percentile(double p)
    {
        lock (milliseconds)
        {
            if (milliseconds.Count == 0)
            {
                return double.NaN;
            }

            var sorted = milliseconds.Order().ToList();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
            return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
        }
    }
}
