using System.Diagnostics;
using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Hosting;
using OrleansSync.Runtime.Testing;

namespace OrleansSync.Bench.Runtime;

/// <summary>
/// Messages per second through the runtime (post → turn → fenced commit) for one hot grain and for 10,000
/// distinct grains, on both stores. Baseline beside it: the same runtime with batching off (one message per
/// turn, one turn per transaction), i.e. what a per-message commit design gets.
/// </summary>
public sealed class RuntimeThroughputBenchmark : IBenchmark
{
    public string Name => "runtime-throughput";

    public string Description => "messages/s through the grain runtime: 1 grain vs 10,000 grains, in-memory vs PostgreSQL, batched vs per-message commits";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var messages = args.Count > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        Console.WriteLine($"  {messages:N0} messages per run, 1 silo, 64 shards");
        Console.WriteLine($"  {"store",-10} {"grains",7} {"batched msg/s",14} {"baseline msg/s",15} {"speed-up",9}");
        foreach (var provider in new[] { GridProvider.InMemory, GridProvider.Postgres })
        {
            if (provider == GridProvider.Postgres && !BenchPostgres.Available)
            {
                BenchPostgres.SayMissing();
                continue;
            }

            foreach (var grains in new[] { 1, 10_000 })
            {
                var batched = await MeasureAsync(provider, grains, messages, batched: true, cancellationToken);
                var baseline = await MeasureAsync(provider, grains, provider == GridProvider.Postgres ? Math.Min(messages, 5_000) : messages, batched: false, cancellationToken);
                Console.WriteLine($"  {provider,-10} {grains,7:N0} {batched,14:N0} {baseline,15:N0} {batched / baseline,8:F1}x");
            }
        }
    }

    private static async Task<double> MeasureAsync(GridProvider provider, int grains, int messages, bool batched, CancellationToken cancellationToken)
    {
        var options = new TestClusterOptions
        {
            Provider = provider,
            ShardCount = 64,
            ConfigureSilo = services => services.AddGrain<BenchGrain>(BenchGrain.TypeName),
        };
        options.Settings["Silo:LeaseTtl"] = "00:00:15";
        options.Settings["Silo:RenewInterval"] = "00:00:02";
        if (!batched)
        {
            options.Settings["Silo:MaxMessagesPerTurn"] = "1";
            options.Settings["Silo:MaxTurnsPerCommit"] = "1";
        }

        await using var cluster = await TestCluster.StartAsync(options);
        var watch = Stopwatch.StartNew();
        for (var sent = 0; sent < messages; sent += 500)
        {
            var batch = Enumerable.Range(sent, Math.Min(500, messages - sent))
                .Select(i => new GrainMessage(new GrainId(BenchGrain.TypeName, $"g{i % grains}"), new Add(1)))
                .ToList();
            await cluster.Client.PostManyAsync(batch, cancellationToken);
        }

        await cluster.WaitForQuiescenceAsync(TimeSpan.FromMinutes(10));
        return messages / watch.Elapsed.TotalSeconds;
    }
}
