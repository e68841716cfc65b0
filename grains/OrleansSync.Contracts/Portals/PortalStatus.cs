namespace OrleansSync.Contracts.Portals;

/// <summary>A snapshot of one portal's rate-limiting grain.</summary>
/// <param name="PortalId">The HubSpot portal id.</param>
/// <param name="Queued">Records waiting to be sent (after coalescing per object).</param>
/// <param name="InFlight">Records in the batch being sent now.</param>
/// <param name="Sent">Records HubSpot accepted since this activation started.</param>
/// <param name="DeadLettered">Records dead-lettered since this activation started.</param>
/// <param name="RequestsPer10Seconds">The portal's configured request budget.</param>
/// <param name="LastError">The last call-level failure, if the last call failed.</param>
/// <param name="ActiveSince">When this activation started (a new activation after a silo failure resets the counters).</param>
/// <param name="Silo">The silo the portal's grain runs on.</param>
[GenerateSerializer]
[Alias("portal-status.v1")]
public sealed record PortalStatus(
    string PortalId,
    int Queued,
    int InFlight,
    long Sent,
    long DeadLettered,
    int RequestsPer10Seconds,
    string? LastError,
    DateTimeOffset ActiveSince,
    string Silo);
