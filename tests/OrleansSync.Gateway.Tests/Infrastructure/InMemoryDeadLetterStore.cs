using OrleansSync.Contracts.DeadLetters;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>A dead-letter store for the tests (the real ones are registered by the hosts).</summary>
public sealed class InMemoryDeadLetterStore(TimeProvider time) : IDeadLetterStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, DeadLetter> _letters = [];
    private long _nextId;

    public Task<IReadOnlyList<DeadLetter>> ListAsync(string? portalId, long afterId, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<DeadLetter> page = [.. _letters.Values.Where(l => l.Id > afterId && (portalId is null || l.PortalId == portalId)).Take(limit)];
            return Task.FromResult(page);
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
                var id = ++_nextId;
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
