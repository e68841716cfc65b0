namespace OrleansSync.Gateway.Admin.Status;

/// <summary>The grid at a glance: members, shard owners, queue depths and each portal's drain estimate.</summary>
public sealed record ClusterStatus(
    DateTimeOffset At,
    IReadOnlyList<SiloView> Silos,
    int Shards,
    int UnownedShards,
    IReadOnlyList<ShardOwnerView> ShardOwners,
    long InboxDepth,
    long ClaimedInboxDepth,
    long Reminders,
    long DueReminders,
    long DeadLetters,
    IReadOnlyList<PortalBacklog> Portals);
