namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>One store's flow into the grid.</summary>
/// <param name="Pending">Deliveries accepted but not yet taken by their grains (the store's backlog).</param>
/// <param name="AcceptedPerMinute">Messages appended for the store per minute, over the last minute of samples (this gateway).</param>
/// <param name="DrainedPerMinute">Backlog taken by the grains per minute over the same samples.</param>
/// <param name="EtaToDrainSeconds">Backlog ÷ drain rate; 0 when nothing is pending; null when it is not draining.</param>
public sealed record StoreThroughputView(
    string StoreId,
    string PortalId,
    long Pending,
    double? OldestPendingAgeSeconds,
    double AcceptedPerMinute,
    double DrainedPerMinute,
    double? EtaToDrainSeconds);
