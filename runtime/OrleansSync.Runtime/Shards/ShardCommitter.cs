using System.Threading.Channels;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Shards;

/// <summary>
/// Group commit for one shard: turns that finish while a commit is in flight are committed together in
/// the next transaction, so throughput follows the number of concurrent grains, not commit latency.
/// </summary>
internal sealed class ShardCommitter(IShardStore store, ShardLease lease, int maxTurnsPerCommit, ICommitFaultInjector faults, Action<int> onCommitted)
{
    private readonly Channel<(TurnCommit Turn, TaskCompletionSource Done)> _queue =
        Channel.CreateUnbounded<(TurnCommit, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

    public Task CommitAsync(TurnCommit turn)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite((turn, done)))
        {
            done.SetException(new LeaseLostException(lease.Shard, lease.Epoch));
        }

        return done.Task;
    }

    /// <summary>Commits until <see cref="Complete"/> is called or a commit fails (which fails every queued turn).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var batch = new List<(TurnCommit Turn, TaskCompletionSource Done)>(maxTurnsPerCommit);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(cancellationToken))
            {
                batch.Clear();
                while (batch.Count < maxTurnsPerCommit && _queue.Reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                var turns = batch.Select(b => b.Turn).ToList();
                await faults.OnCommitAsync(CommitStage.BeforeWrite, lease, turns, cancellationToken);
                await store.CommitAsync(lease, turns, cancellationToken);
                onCommitted(batch.Count);
                foreach (var (_, done) in batch)
                {
                    done.SetResult();
                }
            }
        }
        catch (Exception ex)
        {
            _queue.Writer.TryComplete();
            foreach (var (_, done) in batch)
            {
                done.TrySetException(ex);
            }

            while (_queue.Reader.TryRead(out var item))
            {
                item.Done.TrySetException(ex);
            }

            throw;
        }
    }

    public void Complete() => _queue.Writer.TryComplete();
}
