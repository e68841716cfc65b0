using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Deliveries;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task Write_CallersArrivingWhileAWriteIsInFlight_ShareTheNextWriteAndEachGetsItsOwnResults()
    {
        var firstWriteMayEnd = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writes = new List<IReadOnlyList<int>>();
        await using var commit = new GroupCommit<int, string>(async (items, _) =>
        {
            lock (writes)
            {
                writes.Add(items);
            }

            if (items.Contains(0))
            {
                await firstWriteMayEnd.Task;
            }

            return [.. items.Select(i => $"r{i}")];
        });

        var first = commit.WriteAsync([0], CancellationToken.None);
        await Eventually.WaitAsync(() => { lock (writes) { return writes.Count == 1; } }, "the first write to start");
        var waiting = Enumerable.Range(1, 20).Select(i => commit.WriteAsync([i * 10, i * 10 + 1], CancellationToken.None)).ToList();
        firstWriteMayEnd.SetResult();
        var results = await Task.WhenAll(waiting);

        Assert.Equal(["r0"], await first);
        Assert.Equal(2, writes.Count);
        Assert.Equal(40, writes[1].Count);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => new[] { $"r{i * 10}", $"r{i * 10 + 1}" }), results.Select(r => r.ToArray()));
    }

    [Fact]
    public async Task Write_FailingWrite_FailsEveryCallerOfItsGroupAndTheNextGroupStillWrites()
    {
        var fail = true;
        await using var commit = new GroupCommit<int, int>((items, _) =>
            fail ? Task.FromException<IReadOnlyList<int>>(new InvalidOperationException("database down")) : Task.FromResult<IReadOnlyList<int>>([.. items]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => commit.WriteAsync([1], CancellationToken.None));
        fail = false;

        Assert.Equal([2], await commit.WriteAsync([2], CancellationToken.None));
    }
}
