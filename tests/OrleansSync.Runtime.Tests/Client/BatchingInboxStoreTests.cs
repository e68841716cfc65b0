using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.InMemory;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Tests.Client;

public sealed class BatchingInboxStoreTests
{
    [Fact]
    public async Task Append_ManyConcurrentCallersWithDuplicateKeys_SharedCommitsAndEachKeyOnce()
    {
        var slow = new SlowCountingInbox(new InMemoryGridStore());
        var batching = new BatchingInboxStore(slow);
        var keys = Enumerable.Range(0, 200).Select(i => $"delivery-{i % 180}").ToList();

        var results = await Task.WhenAll(keys.Select(key => Task.Run(() => batching.AppendAsync(
            [new NewInboxEntry(0, new GrainId("counter", key), "test.increment", "{}", key)], CancellationToken.None))));

        var outcomes = results.Select(r => Assert.Single(r)).ToList();
        Assert.Equal(180, outcomes.Count(o => !o.Duplicate));
        Assert.Equal(180, outcomes.Where(o => !o.Duplicate).Select(o => o.Sequence).Distinct().Count());
        Assert.All(keys.Zip(outcomes).GroupBy(p => p.First), g => Assert.Single(g.Select(p => p.Second.Sequence).Distinct()));
        Assert.True(slow.Appends < 100, $"{slow.Appends} appends for 200 concurrent callers: callers did not share commits");
    }

    [Fact]
    public async Task Append_StoreFails_EveryCallerOfThatGroupSeesTheError()
    {
        var batching = new BatchingInboxStore(new FailingInbox());

        var error = await Assert.ThrowsAsync<IOException>(() => batching.AppendAsync([new NewInboxEntry(0, new GrainId("counter", "a"), "t", "{}", null)], CancellationToken.None));
        Assert.Equal("database unreachable", error.Message);
    }

    /// <summary>An append that takes 20 ms, as a commit does, so concurrent callers queue up behind it.</summary>
    private sealed class SlowCountingInbox(IInboxStore inner) : IInboxStore
    {
        private int _appends;

        public int Appends => Volatile.Read(ref _appends);

        public async Task<IReadOnlyList<AppendOutcome>> AppendAsync(IReadOnlyList<NewInboxEntry> entries, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _appends);
            await Task.Delay(20, cancellationToken);
            return await inner.AppendAsync(entries, cancellationToken);
        }

        public Task<bool> IsPendingAsync(long sequence, CancellationToken cancellationToken) => inner.IsPendingAsync(sequence, cancellationToken);

        public Task<StoredGrain> ReadGrainAsync(GrainId id, CancellationToken cancellationToken) => inner.ReadGrainAsync(id, cancellationToken);

        public Task<long> PruneDeliveryKeysAsync(TimeSpan olderThan, CancellationToken cancellationToken) => inner.PruneDeliveryKeysAsync(olderThan, cancellationToken);
    }

    private sealed class FailingInbox : IInboxStore
    {
        public Task<IReadOnlyList<AppendOutcome>> AppendAsync(IReadOnlyList<NewInboxEntry> entries, CancellationToken cancellationToken) =>
            Task.FromException<IReadOnlyList<AppendOutcome>>(new IOException("database unreachable"));

        public Task<bool> IsPendingAsync(long sequence, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<StoredGrain> ReadGrainAsync(GrainId id, CancellationToken cancellationToken) => Task.FromResult(StoredGrain.Empty);

        public Task<long> PruneDeliveryKeysAsync(TimeSpan olderThan, CancellationToken cancellationToken) => Task.FromResult(0L);
    }
}
