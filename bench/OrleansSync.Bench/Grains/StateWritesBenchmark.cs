using System.Diagnostics;
using OrleansSync.Bench.Postgres;
using OrleansSync.Bench.Reporting;
using OrleansSync.Storage;

namespace OrleansSync.Bench.Grains;

/// <summary>
/// Grain state writes per second on PostgreSQL through Orleans' ADO.NET provider (our schema, System.Text.Json storage
/// serializer): N callers, each calling its own grain in a loop, every call one state write.
/// </summary>
public sealed class StateWritesBenchmark : IBenchmark
{
    public string Name => "state-writes";

    public string Description => "grain state writes/s and p50/p99 on PostgreSQL (ADO.NET provider, our schema). Args: [--concurrency 16,64] [--seconds S]";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!BenchDatabase.Available())
        {
            return;
        }

        var options = new BenchArgs(args);
        var levels = options.Ints("--concurrency", [16, 64]);
        var duration = options.Seconds("--seconds", 10);
        await RunConditions.PrintAsync(postgres: true, $"{string.Join(", ", levels)} callers, each on its own grain, one call at a time",
        [
            ("silo", "1 in-process silo + client (Orleans TestingHost 10.4.2), Release build"),
            ("storage", "ADO.NET grain storage on a fresh database, our migrations, System.Text.Json serializer"),
            ("grain", "one state write per call (a counter; ~40-byte JSON row)"),
                        ("duration", $"{duration.TotalSeconds:F0} s per level after a 2 s warm-up"),
        ], cancellationToken);

        await using var database = await BenchDatabase.CreateAsync("writes", cancellationToken);
        var cluster = await InProcessGrid.StartAsync(new GridOptions { PostgresConnectionString = database.ConnectionString });
        var results = new List<(int Callers, Measured Figures)>();
        try
        {
            var firstKey = 0;
            foreach (var callers in levels)
            {
                var grains = Enumerable.Range(firstKey, callers).Select(k => cluster.Client.GetGrain<IStateWriterGrain>(k)).ToArray();
                firstKey += callers;
                await MeasureAsync(grains, TimeSpan.FromSeconds(2), cancellationToken); // activation, first insert, JIT
                results.Add((callers, await MeasureAsync(grains, duration, cancellationToken)));
            }
        }
        finally
        {
            await cluster.DisposeAsync();
        }

        var table = new FigureTable(["figure", .. results.Select(r => $"{r.Callers} concurrent"), "retired runtime (README)", "Orleans reference (orleans-postgres.md §8)"]);
        table.Add(["state writes/s", .. results.Select(r => $"{r.Figures.PerSecond:N0}"), "1,800–2,100 msg/s with per-message commits; 7,600–9,600 group-committed", "~1,500–2,200 writes/s"]);
        table.Add(["latency p50", .. results.Select(r => Percentiles.Ms(r.Figures.P50)), "-", "7 ms at 16, 26 ms at 64"]);
        table.Add(["latency p99", .. results.Select(r => Percentiles.Ms(r.Figures.P99)), "-", "-"]);
        table.Add(["writes (failed)", .. results.Select(r => $"{r.Figures.Calls:N0} ({r.Figures.Failed})"), "-", "-"]);
        table.Print();
        RunConditions.PrintLoadAtEnd();
    }

    private static async Task<Measured> MeasureAsync(IStateWriterGrain[] grains, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = grains.Select(_ => new List<double>()).ToArray();
        var failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(grains.Select(async (grain, caller) =>
        {
            for (var i = 0; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; i++)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await grain.WriteAsync(i);
                    latencies[caller].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception error) when (error is TimeoutException or OrleansException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        var elapsed = clock.Elapsed;
        var all = latencies.SelectMany(l => l).ToList();
        return new Measured(all.Count, failed, all.Count / elapsed.TotalSeconds, Percentiles.Of(all, 0.50), Percentiles.Of(all, 0.99));
    }

    private sealed record Measured(int Calls, int Failed, double PerSecond, double P50, double P99);
}
