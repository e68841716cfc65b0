using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.InMemory;

public sealed partial class InMemoryGridStore
{
    public Task<IReadOnlyList<AppendOutcome>> AppendAsync(IReadOnlyList<NewInboxEntry> entries, CancellationToken cancellationToken)
    {
        var outcomes = new AppendOutcome[entries.Count];
        lock (_gate)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var e = entries[i];
                if (e.DeduplicationKey is { } key && _deliveryKeys.TryGetValue(key, out var first))
                {
                    outcomes[i] = new AppendOutcome(first.Sequence, Duplicate: true);
                    continue;
                }

                var sequence = AppendLocked(e);
                if (e.DeduplicationKey is { } newKey)
                {
                    _deliveryKeys[newKey] = (sequence, LeaseNow);
                }

                outcomes[i] = new AppendOutcome(sequence, Duplicate: false);
            }
        }

        Notify(entries.Select(e => e.Shard));
        return Task.FromResult<IReadOnlyList<AppendOutcome>>(outcomes);
    }

    public Task<bool> IsPendingAsync(long sequence, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_pending.ContainsKey(sequence));
        }
    }

    public Task<StoredGrain> ReadGrainAsync(GrainId id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(SnapshotLocked(id));
        }
    }

    public Task<long> PruneDeliveryKeysAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var cutoff = LeaseNow - olderThan;
            var old = _deliveryKeys.Where(k => k.Value.ReceivedAt < cutoff).Select(k => k.Key).ToList();
            foreach (var key in old)
            {
                _deliveryKeys.Remove(key);
            }

            return Task.FromResult((long)old.Count);
        }
    }

    private long AppendLocked(NewInboxEntry e)
    {
        var sequence = ++_sequence;
        if (!_inbox.TryGetValue(e.Shard, out var rows))
        {
            _inbox[e.Shard] = rows = [];
        }

        rows[sequence] = new InboxRow(new InboxEntry(sequence, e.Shard, e.Target, e.MessageType, e.Payload, LeaseNow));
        _pending[sequence] = e.Shard;
        return sequence;
    }

    private StoredGrain SnapshotLocked(GrainId id) =>
        _grains.TryGetValue(id, out var row)
            ? new StoredGrain(row.Version, row.StateJson, [.. row.Reminders.Values])
            : StoredGrain.Empty;
}
