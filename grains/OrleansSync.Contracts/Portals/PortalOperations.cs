namespace OrleansSync.Contracts.Portals;

/// <summary>What the portal grain counts for the operations dashboard (since its activation started).</summary>
/// <param name="HubSpotCalls">HubSpot API calls made by this process's client of the portal (cumulative; the dashboard takes differences).</param>
/// <param name="Sent">Records HubSpot accepted.</param>
/// <param name="DeadLettered">Records HubSpot rejected.</param>
/// <param name="SentToday">Records accepted since midnight UTC (or the activation, if later).</param>
/// <param name="DeadLetteredToday">Records dead-lettered since midnight UTC (or the activation, if later).</param>
[GenerateSerializer]
[Alias("portal-operations.v1")]
public sealed record PortalOperations(
    string PortalId,
    DateTimeOffset At,
    long HubSpotCalls,
    long Sent,
    long DeadLettered,
    long SentToday,
    long DeadLetteredToday,
    IReadOnlyList<LatencyByKind> Latency);
