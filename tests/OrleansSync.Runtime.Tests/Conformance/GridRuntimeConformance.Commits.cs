using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.Storage;
using OrleansSync.Runtime.Testing;
using OrleansSync.Runtime.Tests.Grains;

namespace OrleansSync.Runtime.Tests.Conformance;

public abstract partial class GridRuntimeConformance
{
    [Fact]
    public async Task Commit_FailureInjectedMidCommit_LeavesNothingPartialThenAppliesOnce()
    {
        await using var cluster = await StartClusterAsync();
        var key = NewKey();
        var other = NewKey();
        var failing = true;
        var failures = 0;
        cluster.Faults.OnCommit = (stage, turns) =>
        {
            if (failing && stage == CommitStage.BeforeCommit && turns.Any(t => t.Grain.Key == key))
            {
                Interlocked.Increment(ref failures);
                throw new IOException("connection lost before COMMIT");
            }

            return ValueTask.CompletedTask;
        };

        var receipt = await cluster.Client.PostAsync(CounterGrain.For(key), new FanOut("f1", CounterGrain.For(other)));
        await TestCluster.WaitUntilAsync(() => Task.FromResult(Volatile.Read(ref failures) >= 2), TimeSpan.FromSeconds(30), "two failed commits of the fan-out turn");

        // Nothing of the failed turns is visible: no state, no message to the other grain, no reminder, no outbox row; the message is still pending.
        Assert.Null(await ReadAsync(cluster, key));
        Assert.Null(await ReadAsync(cluster, other));
        Assert.Empty((await cluster.GetService<IInboxStore>().ReadGrainAsync(CounterGrain.For(key), default)).Reminders);
        Assert.Empty(await cluster.GetService<IOutboxStore>().ReadAsync("test-channel", 10, default));
        Assert.True(await cluster.GetService<IInboxStore>().IsPendingAsync(receipt.Sequence, default));

        failing = false;
        await cluster.Client.WaitUntilProcessedAsync(receipt, TimeSpan.FromSeconds(30));
        await cluster.WaitForQuiescenceAsync();

        Assert.Equal(["f1"], (await ReadAsync(cluster, key))!.Applied);
        Assert.Equal([$"from-{key}-f1"], (await ReadAsync(cluster, other))!.Applied);
        Assert.Single((await cluster.GetService<IInboxStore>().ReadGrainAsync(CounterGrain.For(key), default)).Reminders);
        Assert.Single(await cluster.GetService<IOutboxStore>().ReadAsync("test-channel", 10, default));
    }

    [Fact]
    public async Task Handler_AlwaysThrows_DeadLetteredWithPayloadAndNeighboursProceed()
    {
        await using var cluster = await StartClusterAsync(configure: o => o.Settings["Silo:MaxAttempts"] = "3");
        var key = NewKey();
        var receipts = await cluster.Client.PostManyAsync(
        [
            new(CounterGrain.For(key), new Increment("before")),
            new(CounterGrain.For(key), new Fail("bad")),
            new(CounterGrain.For(key), new Increment("after")),
        ]);
        await cluster.Client.WaitUntilProcessedAsync(receipts[^1], TimeSpan.FromSeconds(30));

        var state = await ReadAsync(cluster, key);
        Assert.Equal(["before", "after"], state!.Applied);
        Assert.Equal(2, state.Count);
        var letter = Assert.Single(await cluster.GetService<IDeadLetterStore>().ListAsync(null, 0, 10, default), l => l.Grain.Key == key);
        Assert.Equal(DeadLetterKind.Message, letter.Kind);
        Assert.Equal("test.fail", letter.TypeOrObjectKey);
        Assert.Contains("\"bad\"", letter.Payload);
        Assert.Contains("handler failure for bad", letter.Error);
        Assert.Equal(3, letter.Attempts);
    }

    [Fact]
    public async Task DeadLetter_Replayed_IsDeliveredToItsGrainAgain()
    {
        await using var cluster = await StartClusterAsync(configure: o => o.Settings["Silo:MaxAttempts"] = "1");
        var key = NewKey();
        await PostAndReadAsync(cluster, key, new Fail("x"));
        var store = cluster.GetService<IDeadLetterStore>();
        var letter = Assert.Single(await store.ListAsync(null, 0, 10, default), l => l.Grain.Key == key);

        Assert.True(await store.ReplayAsync(letter.Id, default));

        await TestCluster.WaitUntilAsync(async () => (await store.ListAsync(null, 0, 10, default)).Count(l => l.Grain.Key == key) == 1 && (await store.GetAsync(letter.Id, default)) is null,
            TimeSpan.FromSeconds(30), "the replayed message to fail again into a new dead letter");
        Assert.False(await store.ReplayAsync(letter.Id, default));
    }

    [Fact]
    public async Task Commit_StaleLeaseEpoch_IsRefusedAndWritesNothing()
    {
        await using var cluster = await StartClusterAsync(silos: 0);
        var leases = cluster.GetService<ILeaseStore>();
        var shards = cluster.GetService<IShardStore>();
        var old = await leases.TryAcquireAsync(3, "silo-a", TimeSpan.FromMinutes(1), default);
        Assert.NotNull(old);
        await leases.ReleaseAsync(old, default);
        var current = await leases.TryAcquireAsync(3, "silo-b", TimeSpan.FromMinutes(1), default);
        Assert.True(current!.Epoch > old.Epoch);

        var grain = CounterGrain.For(NewKey());
        var turn = new TurnCommit(grain, 3, [], new StateWrite(0, "{\"count\":1}"), [], [], []);

        await Assert.ThrowsAsync<LeaseLostException>(() => shards.CommitAsync(old, [turn], default));
        Assert.Null((await cluster.GetService<IInboxStore>().ReadGrainAsync(grain, default)).StateJson);
        await shards.CommitAsync(current, [turn], default);
        Assert.NotNull((await cluster.GetService<IInboxStore>().ReadGrainAsync(grain, default)).StateJson);
    }

    [Fact]
    public async Task Lease_ConcurrentAcquirers_ExactlyOneWinsAndOldEpochCannotRenew()
    {
        await using var cluster = await StartClusterAsync(silos: 0);
        var leases = cluster.GetService<ILeaseStore>();
        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => leases.TryAcquireAsync(5, $"silo-{i}", TimeSpan.FromMinutes(1), default)));
        var winner = Assert.Single(attempts, a => a is not null);

        await leases.ReleaseAsync(winner!, default);
        var next = await leases.TryAcquireAsync(5, "silo-next", TimeSpan.FromMinutes(1), default);

        Assert.Equal(winner!.Epoch + 1, next!.Epoch);
        Assert.Empty(await leases.RenewAsync([winner], TimeSpan.FromMinutes(1), default));
        Assert.Single(await leases.RenewAsync([next], TimeSpan.FromMinutes(1), default));
    }
}
