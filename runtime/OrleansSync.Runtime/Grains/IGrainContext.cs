namespace OrleansSync.Runtime.Grains;

/// <summary>
/// What a grain may do during a turn. Everything it records here (messages, reminder changes,
/// outbox rows) commits atomically with the turn's state and the consumption of its message,
/// or not at all.
/// </summary>
public interface IGrainContext
{
    GrainId Id { get; }

    /// <summary>The grid's clock; tests drive it by hand.</summary>
    TimeProvider Clock { get; }

    /// <summary>Sends a message to another grain, delivered after this turn commits.</summary>
    void Send(GrainId target, object message, string? deduplicationKey = null);

    /// <summary>Sets (or replaces) a durable reminder; it fires on or after <paramref name="dueAt"/>.</summary>
    void SetReminder(string name, DateTimeOffset dueAt, TimeSpan? period = null);

    void CancelReminder(string name);

    bool HasReminder(string name);

    /// <summary>
    /// Records a side effect for a dispatcher to carry out after commit (e.g. a HubSpot upsert).
    /// <paramref name="objectKey"/> identifies the remote object so successive writes can be coalesced.
    /// </summary>
    void Emit(string channel, string objectKey, object payload);
}
