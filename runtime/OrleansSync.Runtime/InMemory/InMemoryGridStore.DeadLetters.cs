using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.Shards;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.InMemory;

public sealed partial class InMemoryGridStore
{
    /// <summary>Shard count used to route replayed messages; set by the host from the grid options.</summary>
    public int ShardCount { get; init; } = 64;

    public Task<IReadOnlyList<DeadLetter>> ListAsync(string? channel, long afterId, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<DeadLetter>>(
                [.. _deadLetters.Values.Where(d => d.Id > afterId && (channel is null || d.Channel == channel)).Take(limit)]);
        }
    }

    public Task<DeadLetter?> GetAsync(long id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_deadLetters.GetValueOrDefault(id));
        }
    }

    public Task AddAsync(IReadOnlyList<NewDeadLetter> letters, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var letter in letters)
            {
                AddDeadLetterLocked(letter);
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> ReplayAsync(long id, CancellationToken cancellationToken)
    {
        int? shard = null;
        lock (_gate)
        {
            if (!_deadLetters.Remove(id, out var letter))
            {
                return Task.FromResult(false);
            }

            if (letter.Kind == DeadLetterKind.Outbox)
            {
                var outboxId = ++_outboxId;
                _outbox[outboxId] = new OutboxEntry(outboxId, letter.Channel!, letter.TypeOrObjectKey, letter.Payload, letter.Grain, LeaseNow);
            }
            else
            {
                shard = ShardHash.ShardOf(letter.Grain, ShardCount);
                AppendLocked(new NewInboxEntry(shard.Value, letter.Grain, letter.TypeOrObjectKey, letter.Payload, null));
            }
        }

        if (shard is { } s)
        {
            Notify([s]);
        }

        return Task.FromResult(true);
    }

    public Task<bool> DiscardAsync(long id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_deadLetters.Remove(id));
        }
    }
}
