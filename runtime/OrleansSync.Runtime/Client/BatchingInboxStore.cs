using System.Threading.Channels;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Client;

/// <summary>
/// Group commit for appends: posts that arrive while an append is in flight are written together in the next
/// transaction, so many concurrent callers (webhook requests) share commits instead of queueing on them.
/// Each caller still returns only once its own entries are durable; deduplication is unchanged (a key seen
/// earlier in the same group is a duplicate of its first occurrence).
/// </summary>
public sealed class BatchingInboxStore(IInboxStore inner, int maxEntriesPerAppend = 2_000) : IInboxStore
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private Task? _writer;

    public Task<IReadOnlyList<AppendOutcome>> AppendAsync(IReadOnlyList<NewInboxEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<AppendOutcome>>([]);
        }

        EnsureWriter();
        var pending = new Pending(entries, new TaskCompletionSource<IReadOnlyList<AppendOutcome>>(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Writer.TryWrite(pending);

        // Once queued the entries will be appended even if this caller gives up; the caller only stops waiting.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public Task<bool> IsPendingAsync(long sequence, CancellationToken cancellationToken) => inner.IsPendingAsync(sequence, cancellationToken);

    public Task<StoredGrain> ReadGrainAsync(GrainId id, CancellationToken cancellationToken) => inner.ReadGrainAsync(id, cancellationToken);

    public Task<long> PruneDeliveryKeysAsync(TimeSpan olderThan, CancellationToken cancellationToken) => inner.PruneDeliveryKeysAsync(olderThan, cancellationToken);

    private void EnsureWriter()
    {
        if (_writer is null)
        {
            lock (_gate)
            {
                _writer ??= Task.Run(WriteLoopAsync);
            }
        }
    }

    private async Task WriteLoopAsync()
    {
        var group = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            var count = 0;
            while (count < maxEntriesPerAppend && _queue.Reader.TryRead(out var next))
            {
                group.Add(next);
                count += next.Entries.Count;
            }

            try
            {
                var outcomes = await inner.AppendAsync([.. group.SelectMany(p => p.Entries)], CancellationToken.None);
                var offset = 0;
                foreach (var pending in group)
                {
                    pending.Done.SetResult([.. outcomes.Skip(offset).Take(pending.Entries.Count)]);
                    offset += pending.Entries.Count;
                }
            }
            catch (Exception ex)
            {
                foreach (var pending in group)
                {
                    pending.Done.TrySetException(ex);
                }
            }
        }
    }

    private sealed record Pending(IReadOnlyList<NewInboxEntry> Entries, TaskCompletionSource<IReadOnlyList<AppendOutcome>> Done);
}
