using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Hosting;
using OrleansSync.Runtime.Storage;
using OrleansSync.Runtime.Testing;
using OrleansSync.Runtime.Tests.Grains;

namespace OrleansSync.Runtime.Tests.Cluster;

/// <summary>Several silos over one store: balancing, graceful hand-off, crash take-over, fencing of a paused silo.</summary>
public abstract class MultiSiloConformance
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    protected abstract GridProvider Provider { get; }

    private Task<TestCluster> StartAsync(int silos, Action<TestClusterOptions>? configure = null)
    {
        var options = new TestClusterOptions
        {
            Provider = Provider,
            ShardCount = 16,
            ConfigureSilo = services => services.AddGrain<CounterGrain>(CounterGrain.TypeName),
        };
        configure?.Invoke(options);
        return TestCluster.StartAsync(options, silos);
    }

    private static Task WaitForEvenSpreadAsync(TestCluster cluster) =>
        TestCluster.WaitUntilAsync(() =>
        {
            var counts = cluster.RunningSilos.Select(s => s.Silo.OwnedShards.Count).ToList();
            var owned = cluster.RunningSilos.SelectMany(s => s.Silo.OwnedShards).ToList();
            return Task.FromResult(owned.Count == cluster.ShardCount && owned.Distinct().Count() == cluster.ShardCount && counts.Max() - counts.Min() <= 1);
        }, Wait, "shards spread within ±1 of even over the running silos");

    [Fact]
    public async Task Join_TwoSilosAddedToOne_ShardsSpreadWithinOneOfEven()
    {
        await using var cluster = await StartAsync(silos: 1);
        Assert.Equal(16, cluster.Silos[0].Silo.OwnedShards.Count);

        await cluster.StartAdditionalSiloAsync();
        await cluster.StartAdditionalSiloAsync();
        await WaitForEvenSpreadAsync(cluster);

        Assert.Equal([5, 5, 6], cluster.RunningSilos.Select(s => s.Silo.OwnedShards.Count).Order());
    }

    [Fact]
    public async Task GracefulStop_UnderLoad_ShardsMoveWithoutWaitingForLeaseExpiryAndNothingIsLost()
    {
        // A lease TTL far longer than the test may take: only an explicit release lets the shards move in time.
        await using var cluster = await StartAsync(silos: 2, o =>
        {
            o.Settings["Silo:LeaseTtl"] = "00:05:00";
            o.Settings["Silo:DeadAfter"] = "00:05:00";
        });
        var keys = Enumerable.Range(0, 40).Select(i => $"{Guid.NewGuid():N}").ToList();
        var first = await cluster.Client.PostManyAsync([.. keys.Select(k => new GrainMessage(CounterGrain.For(k), new Increment("before")))]);

        var stopping = cluster.StopSiloAsync(cluster.Silos[0]);
        var during = await cluster.Client.PostManyAsync([.. keys.Select(k => new GrainMessage(CounterGrain.For(k), new Increment("during")))]);
        await stopping;
        await cluster.WaitForStabilizationAsync(TimeSpan.FromSeconds(20));
        await cluster.Client.WaitUntilProcessedAsync(during[^1], TimeSpan.FromSeconds(20));
        await cluster.WaitForQuiescenceAsync(TimeSpan.FromSeconds(20));

        foreach (var key in keys)
        {
            var state = await cluster.Client.ReadStateAsync<CounterState>(CounterGrain.For(key));
            Assert.Equal(["before", "during"], state!.Applied);
        }
    }

    [Fact]
    public async Task Kill_SiloOwningReminders_RemindersFireOnTheNewOwner()
    {
        await using var cluster = await StartAsync(silos: 2);
        var victim = cluster.Silos[0];
        var keys = Enumerable.Range(0, 200).Select(i => $"{Guid.NewGuid():N}").Where(k => cluster.OwnerOf(CounterGrain.For(k)) == victim).Take(10).ToList();
        Assert.NotEmpty(keys);
        var receipts = await cluster.Client.PostManyAsync([.. keys.Select(k => new GrainMessage(CounterGrain.For(k), new ScheduleReminder("lapsed", TimeSpan.FromDays(120))))]);

        // Every reminder must be set before the clock moves: grains run concurrently, so the last receipt says nothing of the others.
        foreach (var receipt in receipts)
        {
            await cluster.Client.WaitUntilProcessedAsync(receipt, Wait);
        }

        await cluster.KillSiloAsync(victim);
        cluster.Clock.Advance(TimeSpan.FromDays(121));

        foreach (var key in keys)
        {
            await TestCluster.WaitUntilAsync(async () => (await cluster.Client.ReadStateAsync<CounterState>(CounterGrain.For(key)))?.TickDueTimes.Count == 1,
                Wait, $"counter/{key}'s reminder to fire on the surviving silo");
        }

        Assert.All(keys, k => Assert.Equal(cluster.Silos[1], cluster.OwnerOf(CounterGrain.For(k))));
    }

    [Fact]
    public async Task Pause_RenewalsStopped_SiloStopsTurningWithinItsTrustWindowAndResumesAfter()
    {
        await using var cluster = await StartAsync(silos: 1);
        var silo = cluster.Silos[0];
        var key = Guid.NewGuid().ToString("N");
        await cluster.Client.WaitUntilProcessedAsync(await cluster.Client.PostAsync(CounterGrain.For(key), new Increment("before")), Wait);

        cluster.PauseSilo(silo);

        // Asserting that something does NOT happen needs time to pass: the trust window is TTL 4 s minus margin 0.5 s.
        await Task.Delay(TimeSpan.FromSeconds(4.5));
        var receipt = await cluster.Client.PostAsync(CounterGrain.For(key), new Increment("while-paused"));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.True(await cluster.GetService<IInboxStore>().IsPendingAsync(receipt.Sequence, default));
        Assert.Equal(["before"], (await cluster.Client.ReadStateAsync<CounterState>(CounterGrain.For(key)))!.Applied);

        cluster.ResumeSilo(silo);
        await cluster.Client.WaitUntilProcessedAsync(receipt, Wait);
        Assert.Equal(["before", "while-paused"], (await cluster.Client.ReadStateAsync<CounterState>(CounterGrain.For(key)))!.Applied);
    }

    [Fact]
    public async Task Pause_LeaseTakenWhilePaused_PausedSiloCannotCommitAfterWaking()
    {
        var frozen = new FreezingFaults();
        await using var cluster = await StartAsync(silos: 0);
        var paused = await cluster.StartAdditionalSiloAsync(services => services.AddSingleton<ICommitFaultInjector>(frozen));
        await cluster.WaitForStabilizationAsync();

        var key = Guid.NewGuid().ToString("N");
        var receipt = await cluster.Client.PostAsync(CounterGrain.For(key), new Increment("once"));
        var (staleLease, staleTurns) = await frozen.Blocked.Task.WaitAsync(Wait);

        // The silo is frozen mid-commit (a long GC pause): its renewals stop, another silo takes the shard and applies the message.
        cluster.PauseSilo(paused);
        await cluster.StartAdditionalSiloAsync();
        await cluster.Client.WaitUntilProcessedAsync(receipt, Wait);

        // It wakes up and its frozen commit reaches the store: refused, nothing written.
        cluster.ResumeSilo(paused);
        frozen.Release();
        await Assert.ThrowsAsync<LeaseLostException>(() => paused.GetService<IShardStore>().CommitAsync(staleLease, staleTurns, default));
        await TestCluster.WaitUntilAsync(() => Task.FromResult(!paused.Silo.OwnedShards.Contains(staleLease.Shard)), Wait, "the woken silo to drop the shard it lost");

        await cluster.WaitForQuiescenceAsync();
        Assert.Equal(["once"], (await cluster.Client.ReadStateAsync<CounterState>(CounterGrain.For(key)))!.Applied);
        var lease = Assert.Single(await cluster.GetService<ILeaseStore>().ReadLeasesAsync(default), l => l.Shard == staleLease.Shard);
        Assert.True(lease.Epoch > staleLease.Epoch, "the shard was taken over with a newer epoch");
    }

    [Fact]
    public async Task Kill_OneOfThreeUnderLoad_EveryAcknowledgedMessageAppliedExactlyOnce()
    {
        await using var cluster = await StartAsync(silos: 3);
        var keys = Enumerable.Range(0, 300).Select(i => $"k{i}-{Guid.NewGuid():N}").ToList();
        var posted = new List<PostReceipt>();
        for (var round = 0; round < 10; round++)
        {
            posted.AddRange(await cluster.Client.PostManyAsync([.. keys.Select(k => new GrainMessage(CounterGrain.For(k), new Increment($"r{round}")))]));
            if (round == 4)
            {
                await cluster.KillSiloAsync(cluster.Silos[1]);
            }
        }

        await cluster.WaitForStabilizationAsync(Wait);
        await cluster.WaitForQuiescenceAsync(Wait);
        foreach (var key in keys)
        {
            var state = await cluster.Client.ReadStateAsync<CounterState>(CounterGrain.For(key));
            Assert.Equal(Enumerable.Range(0, 10).Select(r => $"r{r}"), state!.Applied);
        }
    }

    /// <summary>Holds this silo's first commit (before its transaction starts) until released: a process frozen mid-turn.</summary>
    private sealed class FreezingFaults : ICommitFaultInjector
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<(ShardLease Lease, IReadOnlyList<TurnCommit> Turns)> Blocked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _gate.TrySetResult();

        public async ValueTask OnCommitAsync(CommitStage stage, ShardLease lease, IReadOnlyList<TurnCommit> turns, CancellationToken cancellationToken)
        {
            if (stage == CommitStage.BeforeWrite && Blocked.TrySetResult((lease, turns)))
            {
                await _gate.Task;
            }
        }
    }
}

public sealed class InMemoryMultiSiloTests : MultiSiloConformance
{
    protected override GridProvider Provider => GridProvider.InMemory;
}

public sealed class PostgresMultiSiloTests : MultiSiloConformance
{
    protected override GridProvider Provider => GridProvider.Postgres;
}
