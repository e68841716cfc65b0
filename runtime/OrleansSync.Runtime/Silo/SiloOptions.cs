using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Runtime.Silo;

/// <summary>How one silo owns shards and runs grains. Defaults follow the runtime research (River, Orleans, Akka).</summary>
public sealed class SiloOptions
{
    public const string SectionName = "Silo";

    /// <summary>Unique id of this silo process. Default: host name plus a random suffix (a restart is a new incarnation).</summary>
    public string SiloId { get; set; } = $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>How long a shard lease lasts without renewal. Default 15 s.</summary>
    public TimeSpan LeaseTtl { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often leases are renewed and shards rebalanced. Default 5 s; must be well below <see cref="LeaseTtl"/>.</summary>
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The silo stops trusting a lease this long before it could expire in the database. Default 1 s.</summary>
    public TimeSpan TrustMargin { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A silo whose heartbeat is older than this is declared dead and its share goes to the others. Default 15 s
    /// (three missed renewal rounds; equal to the lease TTL so a crashed silo's shards move within one TTL of expiry).
    /// </summary>
    public TimeSpan DeadAfter { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the silo probes all its shards at once for messages a notification did not announce. Default 1 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the silo looks for due reminders (in the same probe) and collects idle activations. Default 1 s.</summary>
    public TimeSpan ReminderPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>An activation unused this long (grid clock) is deactivated. Default 15 min, like Orleans.</summary>
    public TimeSpan IdleDeactivationAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Upper bound on live activations in this silo; the least recently used idle ones go first. Default 100,000.</summary>
    [Range(100, int.MaxValue)]
    public int MaxActivations { get; set; } = 100_000;

    /// <summary>Messages claimed from a shard's inbox per read. Default 500.</summary>
    [Range(1, 10_000)]
    public int ClaimBatchSize { get; set; } = 500;

    /// <summary>Claimed but unprocessed messages a shard may buffer before it stops claiming. Default 5,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxBufferedPerShard { get; set; } = 5_000;

    /// <summary>Messages of one grain handled in one turn (one commit). Default 64.</summary>
    [Range(1, 10_000)]
    public int MaxMessagesPerTurn { get; set; } = 64;

    /// <summary>Turns of one shard committed in one transaction. Default 128.</summary>
    [Range(1, 10_000)]
    public int MaxTurnsPerCommit { get; set; } = 128;

    /// <summary>A handler running longer than this is cancelled and the message retried. Default 60 s.</summary>
    public TimeSpan MaxTurnDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A message whose handler failed this many times is dead-lettered. Default 5.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Graceful stop waits this long for in-flight turns before releasing leases. Default 60 s.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Shards one silo acquires per renewal round (paces start-up so silos joining together spread evenly). Default 64.</summary>
    [Range(1, 4096)]
    public int MaxAcquisitionsPerRound { get; set; } = 64;

    /// <summary>Shards one silo hands off per renewal round when it holds more than its share. Default 8.</summary>
    [Range(1, 4096)]
    public int MaxReleasesPerRound { get; set; } = 8;
}
