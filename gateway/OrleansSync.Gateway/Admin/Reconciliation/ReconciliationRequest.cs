namespace OrleansSync.Gateway.Admin.Reconciliation;

/// <summary>Reconcile now.</summary>
/// <param name="Day">The day (UTC) whose paid orders to reconcile; default today.</param>
/// <param name="PortalId">Only this portal's stores; default every portal.</param>
public sealed record ReconciliationRequest(DateOnly? Day = null, string? PortalId = null);
