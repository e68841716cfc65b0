using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Hosting;
using OrleansSync.Runtime.PostgreSql;
using OrleansSync.Runtime.Storage;
using OrleansSync.Runtime.Testing;

namespace OrleansSync.Bench.Runtime;

/// <summary>
/// PostgreSQL cluster figures: throughput with 1, 2 and 3 silos (in one process on this machine's cores),
/// time from a silo crash to every shard owned again, and the lease/membership traffic each silo causes.
/// </summary>
public sealed class ClusterScalingBenchmark : IBenchmark
{
    public string Name => "cluster-scaling";

    public string Description => "PostgreSQL: msg/s with 1, 2, 3 silos; crash-to-recovery time; lease traffic per silo";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!BenchPostgres.Available)
        {
            BenchPostgres.SayMissing();
            return;
        }

        Console.WriteLine($"  all silos share this machine's {Environment.ProcessorCount} cores and its PostgreSQL: more silos add failover, not CPU");
        Console.WriteLine($"  {"silos",5} {"msg/s (20,000 msgs, 10,000 grains)",36}");
        foreach (var silos in new[] { 1, 2, 3 })
        {
            Console.WriteLine($"  {silos,5} {await ThroughputAsync(silos, cancellationToken),36:N0}");
        }

        foreach (var (label, ttl, renew) in new[] { ("defaults", "00:00:15", "00:00:05"), ("fast", "00:00:04", "00:00:00.500") })
        {
            await RecoveryAndTrafficAsync(label, ttl, renew, cancellationToken);
        }
    }

    private static TestClusterOptions Options(string ttl = "00:00:15", string renew = "00:00:05")
    {
        var options = new TestClusterOptions
        {
            Provider = GridProvider.Postgres,
            ShardCount = 64,
            ConfigureSilo = services => services.AddGrain<BenchGrain>(BenchGrain.TypeName),
        };
        options.Settings["Silo:LeaseTtl"] = ttl;
        options.Settings["Silo:RenewInterval"] = renew;
        options.Settings["Silo:DeadAfter"] = ttl;
        options.Settings["Silo:TrustMargin"] = "00:00:00.500";
        options.Settings["Silo:PollInterval"] = "00:00:01";
        options.Settings["Silo:ReminderPollInterval"] = "00:00:01";
        return options;
    }

    private static async Task<double> ThroughputAsync(int silos, CancellationToken cancellationToken)
    {
        await using var cluster = await TestCluster.StartAsync(Options("00:00:05", "00:00:01"), silos);
        const int messages = 20_000;
        var watch = Stopwatch.StartNew();
        for (var sent = 0; sent < messages; sent += 500)
        {
            await cluster.Client.PostManyAsync([.. Enumerable.Range(sent, 500).Select(i => new GrainMessage(new GrainId(BenchGrain.TypeName, $"g{i % 10_000}"), new Add(1)))], cancellationToken);
        }

        await cluster.WaitForQuiescenceAsync(TimeSpan.FromMinutes(5));
        return messages / watch.Elapsed.TotalSeconds;
    }

    private static async Task RecoveryAndTrafficAsync(string label, string ttl, string renew, CancellationToken cancellationToken)
    {
        var leaseCounters = new List<CallCounter<ILeaseStore>>();
        var shardCounters = new List<CallCounter<IShardStore>>();
        var options = Options(ttl, renew);
        await using var cluster = await TestCluster.StartAsync(options, silos: 0);
        for (var i = 0; i < 3; i++)
        {
            await cluster.StartAdditionalSiloAsync(services =>
            {
                services.AddSingleton(sp => Counted(sp.GetRequiredService<PostgresGridStore>() as ILeaseStore, leaseCounters));
                services.AddSingleton(sp => Counted(sp.GetRequiredService<PostgresGridStore>() as IShardStore, shardCounters));
            });
        }

        await cluster.WaitForStabilizationAsync(TimeSpan.FromMinutes(2));
        var leaseBefore = leaseCounters.Select(c => c.Calls).ToList();
        var shardBefore = shardCounters.Select(c => c.Calls).ToList();
        var window = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(20), cancellationToken);
        var leasePerSilo = leaseCounters.Select((c, i) => (c.Calls - leaseBefore[i]) / window.Elapsed.TotalSeconds).ToList();
        var shardPerSilo = shardCounters.Select((c, i) => (c.Calls - shardBefore[i]) / window.Elapsed.TotalSeconds).ToList();

        var victim = cluster.Silos[0];
        var crash = Stopwatch.StartNew();
        await cluster.KillSiloAsync(victim);
        await cluster.WaitForStabilizationAsync(TimeSpan.FromMinutes(2));
        var recovered = crash.Elapsed;

        Console.WriteLine($"  [{label}: lease TTL {TimeSpan.Parse(ttl, System.Globalization.CultureInfo.InvariantCulture).TotalSeconds} s, renew every {TimeSpan.Parse(renew, System.Globalization.CultureInfo.InvariantCulture).TotalSeconds} s]");
        Console.WriteLine($"    crash of 1 of 3 silos -> every shard owned again after {recovered.TotalSeconds:F1} s");
        Console.WriteLine($"    lease + membership round trips per silo per second (idle): {Rates(leasePerSilo)}");
        Console.WriteLine($"    inbox/reminder round trips per silo per second (idle; one probe per silo, not per shard): {Rates(shardPerSilo)}");
    }

    private static string Rates(IEnumerable<double> rates) => string.Join(", ", rates.Select(r => r.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));

    private static T Counted<T>(T store, List<CallCounter<T>> counters)
        where T : class
    {
        var (proxy, counter) = CallCounter<T>.Wrap(store);
        lock (counters)
        {
            counters.Add(counter);
        }

        return proxy;
    }
}
