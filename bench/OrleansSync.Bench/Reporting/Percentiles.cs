namespace OrleansSync.Bench.Reporting;

internal static class Percentiles
{
    /// <summary>The nearest-rank percentile (<paramref name="p"/> in 0..1) of unsorted values; NaN when there are none.</summary>
    public static double Of(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static string Ms(double milliseconds) => double.IsNaN(milliseconds) ? "n/a" : $"{milliseconds:N1} ms";

    public static string Seconds(double seconds) => double.IsNaN(seconds) ? "n/a" : $"{seconds:N2} s";
}
