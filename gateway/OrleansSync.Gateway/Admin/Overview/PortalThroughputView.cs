using OrleansSync.Contracts.Portals;

namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>One HubSpot portal's flow out of the grid.</summary>
/// <param name="Backlog">Records its grain still has to write (queued and in flight).</param>
/// <param name="RecordsPerSecond">Records HubSpot accepted per second at the last sample.</param>
/// <param name="UsagePercent">HubSpot requests against the portal's 10-second budget at the last sample.</param>
/// <param name="EtaToDrainSeconds">Time to write the backlog at the full request budget.</param>
/// <param name="Latency">Delivery received → HubSpot acknowledged per event kind, against the targets.</param>
/// <param name="Error">Why the portal's grain could not be read; the figures are then zero.</param>
public sealed record PortalThroughputView(
    string PortalId,
    long Backlog,
    long Sent,
    long DeadLettered,
    double RecordsPerSecond,
    double UsagePercent,
    int RequestsPer10SecondsBudget,
    double EtaToDrainSeconds,
    string? LastError,
    IReadOnlyList<LatencyByKind> Latency,
    string? Error);
