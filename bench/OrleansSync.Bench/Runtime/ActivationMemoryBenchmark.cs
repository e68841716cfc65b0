using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Hosting;
using OrleansSync.Runtime.Testing;

namespace OrleansSync.Bench.Runtime;

/// <summary>Managed memory held by 100,000 activated-then-idle grains, before and after idle deactivation.</summary>
public sealed class ActivationMemoryBenchmark : IBenchmark
{
    public string Name => "activation-memory";

    public string Description => "memory held by 100,000 idle activations, before and after idle collection (in-memory store)";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        const int grains = 100_000;
        var options = new TestClusterOptions
        {
            ShardCount = 64,
            ConfigureSilo = services => services.AddGrain<BenchGrain>(BenchGrain.TypeName),
        };
        options.Settings["Silo:MaxActivations"] = "1000000";
        options.Settings["Silo:IdleDeactivationAge"] = "00:15:00";
        options.Settings["Silo:ReminderPollInterval"] = "00:00:00.500";
        await using var cluster = await TestCluster.StartAsync(options);
        var silo = cluster.Silos[0].Silo;

        var baseline = Settled();
        for (var sent = 0; sent < grains; sent += 1000)
        {
            await cluster.Client.PostManyAsync([.. Enumerable.Range(sent, 1000).Select(i => new GrainMessage(new GrainId(BenchGrain.TypeName, $"g{i}"), new Add(1)))], cancellationToken);
        }

        await cluster.WaitForQuiescenceAsync(TimeSpan.FromMinutes(5));
        var active = Settled();
        var live = silo.ActivationCount;

        cluster.Clock.Advance(TimeSpan.FromMinutes(16));
        await TestCluster.WaitUntilAsync(() => Task.FromResult(silo.ActivationCount == 0), TimeSpan.FromMinutes(2), "all idle activations collected");
        var collected = Settled();

        Console.WriteLine($"  heap before any grain exists: {Mb(baseline)}");
        Console.WriteLine($"  {live:N0} live idle activations:   heap {Mb(active)}  (+{Mb(active - baseline)}, {(active - baseline) / (double)live:N0} B per activation incl. its state row)");
        Console.WriteLine($"  after idle collection ({silo.ActivationCount} live): heap {Mb(collected)}  (activations freed {Mb(active - collected)}, {(active - collected) / (double)live:N0} B each)");
        Console.WriteLine("  note: the in-memory store itself keeps every grain's committed state; on PostgreSQL that part lives in the database.");
    }

    private static long Settled()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024.0):N1} MiB";
}
