namespace OrleansSync.Runtime.Storage;

/// <summary>What a dispatcher uses to drain side effects recorded by grain turns.</summary>
public interface IOutboxStore
{
    /// <summary>The oldest pending entries of a channel, in commit order.</summary>
    Task<IReadOnlyList<OutboxEntry>> ReadAsync(string channel, int max, CancellationToken cancellationToken);

    /// <summary>Removes entries that were carried out.</summary>
    Task CompleteAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken);

    /// <summary>Moves rejected entries to the dead letters with their errors, in one transaction.</summary>
    Task DeadLetterAsync(IReadOnlyList<(OutboxEntry Entry, string Error, int Attempts)> rejected, CancellationToken cancellationToken);

    /// <summary>Pending entries per channel.</summary>
    Task<IReadOnlyDictionary<string, long>> CountByChannelAsync(CancellationToken cancellationToken);
}
