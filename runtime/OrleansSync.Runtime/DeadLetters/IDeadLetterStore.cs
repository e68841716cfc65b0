namespace OrleansSync.Runtime.DeadLetters;

/// <summary>Operator access to dead letters: list, inspect, replay after a fix, discard.</summary>
public interface IDeadLetterStore
{
    Task<IReadOnlyList<DeadLetter>> ListAsync(string? channel, long afterId, int limit, CancellationToken cancellationToken);

    Task<DeadLetter?> GetAsync(long id, CancellationToken cancellationToken);

    Task AddAsync(IReadOnlyList<NewDeadLetter> letters, CancellationToken cancellationToken);

    /// <summary>Re-posts the message (or re-queues the side effect) and removes the letter, in one transaction. False if it does not exist.</summary>
    Task<bool> ReplayAsync(long id, CancellationToken cancellationToken);

    Task<bool> DiscardAsync(long id, CancellationToken cancellationToken);
}
