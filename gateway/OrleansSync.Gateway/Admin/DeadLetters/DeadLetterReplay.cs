namespace OrleansSync.Gateway.Admin.DeadLetters;

/// <summary>What a replay request came to.</summary>
public enum DeadLetterReplay
{
    /// <summary>Queued again (a message) or handed back to its portal (a HubSpot record); the letter is gone or leaves once HubSpot accepts the record.</summary>
    Replayed,

    /// <summary>No such letter.</summary>
    NotFound,

    /// <summary>The letter cannot be replayed as it is (its message no longer reads, or a HubSpot record names no portal); it stays.</summary>
    NotReplayable,
}
