using OrleansSync.Bench.Postgres;

namespace OrleansSync.Bench.Reporting;

/// <summary>Prints the conditions a benchmark ran under, before its figures: figures on a shared 2-core machine mean little without them.</summary>
internal static class RunConditions
{
    /// <summary>
    /// Cores, load average, fsync (the PostgreSQL server's, or n/a when the benchmark uses none) and concurrency always,
    /// then the benchmark's own parameters.
    /// </summary>
    public static async Task PrintAsync(bool postgres, string concurrency, IReadOnlyList<(string Name, string Value)> parameters, CancellationToken cancellationToken)
    {
        Console.WriteLine("conditions:");
        Console.WriteLine($"  cores                 {Environment.ProcessorCount}");
        Console.WriteLine($"  load average at start {LoadAverage()}  (1, 5, 15 min, /proc/loadavg; other work on this machine slows every figure)");
        if (postgres)
        {
            Console.WriteLine($"  PostgreSQL            {await BenchDatabase.DescribeServerAsync(cancellationToken)}");
        }
        else
        {
            Console.WriteLine("  fsync                 n/a (no PostgreSQL in this benchmark)");
        }

        Console.WriteLine($"  concurrency           {concurrency}");

        foreach (var (name, value) in parameters)
        {
            Console.WriteLine($"  {name,-21} {value}");
        }

        Console.WriteLine();
    }

    /// <summary>After the figures: other work on a shared machine shows up here.</summary>
    public static void PrintLoadAtEnd() => Console.WriteLine($"load average at end: {LoadAverage()}");

    public static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(" ", fields.Take(3));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
