using OrleansSync.Grains.Dispatch;

namespace OrleansSync.Grains.Messaging;

/// <summary>
/// What a <see cref="SyncGrain{TState}"/> stores (as plain JSON, one row per grain): its domain state, and beside it the
/// effects of its turns that are not acknowledged yet (messages to other grains, HubSpot records) and what it needs to
/// drop repeats. Written with one ETag-checked write per turn.
/// </summary>
public sealed class GrainRecord<TState>
    where TState : class, new()
{
    /// <summary>The grain's full logical key (its Orleans key may be a shortened form of it).</summary>
    public string? Key { get; set; }

    public TState State { get; set; } = new();

    /// <summary>Last sequence number given to an outgoing message or HubSpot record version.</summary>
    public long LastSequence { get; set; }

    public List<OutgoingMessage> Outbox { get; set; } = [];

    /// <summary>HubSpot records owed, by object key; only the latest version of each is kept.</summary>
    public Dictionary<string, PendingHubSpotWrite> HubSpot { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per sending grain, the last sequence applied (grain-to-grain messages arrive in order per sender).</summary>
    public Dictionary<string, long> AppliedFrom { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Hashes of the most recent deliveries from outside the grid (bounded), to drop a delivery handed over twice.</summary>
    public List<string> RecentDeliveries { get; set; } = [];

    /// <summary>Domain reminders set, with their due time on the sync clock.</summary>
    public Dictionary<string, DateTimeOffset> Reminders { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The Orleans reminder that retries unacknowledged effects is registered.</summary>
    public bool RetryReminder { get; set; }

    /// <summary>The oldest store event not yet seen through to HubSpot (latency measurement); cleared once nothing is owed to HubSpot.</summary>
    public SyncCause? UnsyncedSince { get; set; }

    public bool HasEffects => Outbox.Count > 0 || HubSpot.Count > 0;
}
