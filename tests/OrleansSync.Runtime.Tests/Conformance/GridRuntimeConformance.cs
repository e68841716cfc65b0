using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Storage;
using OrleansSync.Runtime.Testing;
using OrleansSync.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Runtime.Hosting;

namespace OrleansSync.Runtime.Tests.Conformance;

/// <summary>
/// The runtime's guarantees, run against every provider (see the derived classes): durability, exactly-once
/// effect, turn isolation, atomic commits, reminders, fencing and activation collection.
/// </summary>
public abstract partial class GridRuntimeConformance
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    protected abstract GridProvider Provider { get; }

    protected Task<TestCluster> StartClusterAsync(int silos = 1, Action<TestClusterOptions>? configure = null)
    {
        var options = new TestClusterOptions
        {
            Provider = Provider,
            ConfigureSilo = services => services.AddGrain<CounterGrain>(CounterGrain.TypeName),
        };
        configure?.Invoke(options);
        return TestCluster.StartAsync(options, silos);
    }

    protected static string NewKey() => Guid.NewGuid().ToString("N");

    protected static async Task<CounterState> PostAndReadAsync(TestCluster cluster, string key, object message, string? dedup = null)
    {
        var receipt = await cluster.Client.PostAsync(CounterGrain.For(key), message, dedup);
        await cluster.Client.WaitUntilProcessedAsync(receipt, Wait);
        return (await cluster.Client.ReadStateAsync<CounterState>(CounterGrain.For(key)))!;
    }

    protected static async Task<CounterState?> ReadAsync(TestCluster cluster, string key) =>
        await cluster.Client.ReadStateAsync<CounterState>(CounterGrain.For(key));

    protected static Task WaitForStateAsync(TestCluster cluster, string key, Func<CounterState, bool> condition, string expected) =>
        TestCluster.WaitUntilAsync(async () => await ReadAsync(cluster, key) is { } s && condition(s), Wait, $"grain counter/{key} to have {expected}");

    [Fact]
    public async Task Post_DuplicateDeduplicationKey_AppendsOnceAndAppliesOnce()
    {
        await using var cluster = await StartClusterAsync();
        var key = NewKey();
        var receipts = new List<PostReceipt>();
        for (var i = 0; i < 5; i++)
        {
            receipts.Add(await cluster.Client.PostAsync(CounterGrain.For(key), new Increment("m1"), deduplicationKey: $"delivery-{key}"));
        }

        await cluster.Client.WaitUntilProcessedAsync(receipts[0], Wait);
        await cluster.WaitForQuiescenceAsync();

        Assert.Equal([false, true, true, true, true], receipts.Select(r => r.Duplicate));
        Assert.All(receipts, r => Assert.Equal(receipts[0].Sequence, r.Sequence));
        Assert.Equal(["m1"], (await ReadAsync(cluster, key))!.Applied);
    }

    [Fact]
    public async Task PruneDeliveryKeys_PastTheWindow_SameKeyIsAcceptedAgain()
    {
        await using var cluster = await StartClusterAsync(silos: 0);
        var inbox = cluster.GetService<IInboxStore>();
        var key = NewKey();
        var first = await cluster.Client.PostAsync(CounterGrain.For(key), new Increment("a"), $"delivery-{key}");

        Assert.Equal(0, await inbox.PruneDeliveryKeysAsync(TimeSpan.FromDays(7), default));
        Assert.True((await cluster.Client.PostAsync(CounterGrain.For(key), new Increment("a"), $"delivery-{key}")).Duplicate);

        Assert.True(await inbox.PruneDeliveryKeysAsync(TimeSpan.FromMilliseconds(-1), default) >= 1);
        var again = await cluster.Client.PostAsync(CounterGrain.For(key), new Increment("a"), $"delivery-{key}");
        Assert.False(again.Duplicate);
        Assert.NotEqual(first.Sequence, again.Sequence);
    }

    [Fact]
    public async Task Post_SiloDiesAfterTurnBeforeCommit_AppliedExactlyOnceAfterRestart()
    {
        await using var cluster = await StartClusterAsync();
        var key = NewKey();
        var first = cluster.Silos[0];
        var crashed = 0;
        cluster.Faults.OnCommit = (stage, turns) =>
        {
            if (stage == CommitStage.BeforeCommit && turns.Any(t => t.Grain.Key == key) && Interlocked.Exchange(ref crashed, 1) == 0)
            {
                _ = cluster.KillSiloAsync(first);
                throw new IOException("silo process died before COMMIT");
            }

            return ValueTask.CompletedTask;
        };

        var receipt = await cluster.Client.PostAsync(CounterGrain.For(key), new Increment("only-once"));
        await TestCluster.WaitUntilAsync(() => Task.FromResult(crashed == 1 && !first.IsRunning), Wait, "the first silo to crash mid-commit");
        Assert.Null(await ReadAsync(cluster, key));

        await cluster.StartAdditionalSiloAsync();
        await cluster.Client.WaitUntilProcessedAsync(receipt, Wait);

        var state = await ReadAsync(cluster, key);
        Assert.Equal(1, state!.Count);
        Assert.Equal(["only-once"], state.Applied);
    }

    [Fact]
    public async Task Turns_SameGrain_NeverOverlap()
    {
        await using var cluster = await StartClusterAsync();
        var key = NewKey();
        var receipts = await cluster.Client.PostManyAsync([.. Enumerable.Range(0, 20).Select(i => new GrainMessage(CounterGrain.For(key), new Increment($"m{i}", DelayMilliseconds: 10)))]);
        await cluster.Client.WaitUntilProcessedAsync(receipts[^1], Wait);
        await cluster.WaitForQuiescenceAsync();

        Assert.Equal(1, GrainProbe.MaxConcurrent(key));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"m{i}"), (await ReadAsync(cluster, key))!.Applied);
    }

    [Fact]
    public async Task Turns_DifferentGrains_RunConcurrently()
    {
        await using var cluster = await StartClusterAsync();
        var group = NewKey();
        var keys = Enumerable.Range(0, 6).Select(_ => NewKey()).ToList();
        await cluster.Client.PostManyAsync([.. keys.Select(k => new GrainMessage(CounterGrain.For(k), new Rendezvous(group, keys.Count)))]);

        foreach (var key in keys)
        {
            await WaitForStateAsync(cluster, key, s => s.Applied.Contains($"met-{group}"), "met all 6 grains inside their handlers at once");
        }
    }
}
