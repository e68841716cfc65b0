namespace OrleansSync.Contracts.DeadLetters;

/// <summary>
/// Where grains and the HubSpot portal grains put what they cannot carry out, and where operators list, inspect, replay
/// and discard it. A replayed letter is removed only once its replay succeeded.
/// </summary>
public interface IDeadLetterStore
{
    Task<IReadOnlyList<DeadLetter>> ListAsync(string? portalId, long afterId, int limit, CancellationToken cancellationToken);

    Task<DeadLetter?> GetAsync(long id, CancellationToken cancellationToken);

    Task AddAsync(IReadOnlyList<NewDeadLetter> letters, CancellationToken cancellationToken);

    /// <summary>Removes a letter (discarded, or replayed successfully). False if it does not exist.</summary>
    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken);

    Task<long> CountAsync(CancellationToken cancellationToken);
}
