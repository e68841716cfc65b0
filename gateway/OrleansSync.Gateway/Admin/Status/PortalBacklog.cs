namespace OrleansSync.Gateway.Admin.Status;

/// <summary>
/// A HubSpot portal's backlog against its request budget.
/// </summary>
/// <param name="Backlog">HubSpot records the portal grain still has to send (queued and in flight).</param>
/// <param name="RequestsPer10Seconds">The portal's configured budget.</param>
/// <param name="RecordsPerBatch">Records per batch call.</param>
/// <param name="DrainRecordsPerSecond">Best sustained drain rate: budget × batch size / 10 s.</param>
/// <param name="RequestsToDrain">Batch calls the backlog needs.</param>
/// <param name="Headroom">Share of one 10-second window's budget left after the backlog's calls (0 = saturated, 1 = idle).</param>
/// <param name="EtaToDrainSeconds">Time to drain the backlog at the full budget, if nothing new arrives.</param>
public sealed record PortalBacklog(
    string PortalId,
    long Backlog,
    int RequestsPer10Seconds,
    int RecordsPerBatch,
    double DrainRecordsPerSecond,
    long RequestsToDrain,
    double Headroom,
    double EtaToDrainSeconds);
