using OrleansSync.Contracts.DeadLetters;

namespace OrleansSync.Storage.DeadLetters;

/// <summary>Dead letters of a single-process grid without PostgreSQL (lost on restart, like everything else there).</summary>
public sealed class InMemoryDeadLetterStore(TimeProvider time) : IDeadLetterStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, DeadLetter> _letters = [];
    private long _lastId;

    public Task<IReadOnlyList<DeadLetter>> ListAsync(string? portalId, long afterId, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<DeadLetter>>(
                [.. _letters.Values.Where(d => d.Id > afterId && (portalId is null || d.PortalId == portalId)).Take(limit)]);
        }
    }

    public Task<DeadLetter?> GetAsync(long id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_letters.GetValueOrDefault(id));
        }
    }

    public Task AddAsync(IReadOnlyList<NewDeadLetter> letters, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var l in letters)
            {
                var id = ++_lastId;
                _letters[id] = new DeadLetter(id, l.Kind, l.Grain, l.PortalId, l.TypeOrObjectKey, l.Payload, l.Error, l.Attempts, time.GetUtcNow());
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_letters.Remove(id));
        }
    }

    public Task<long> CountAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult((long)_letters.Count);
        }
    }
}
