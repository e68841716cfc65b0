using OrleansSync.Contracts.Operations;

namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>Everything the dashboard's top half shows, read at once.</summary>
/// <param name="Backlog">Deliveries pending in the queue, all stores (the same figure as <c>/admin/status</c>'s <c>deliveries.pending</c>).</param>
/// <param name="DeadLetters">Dead letters waiting for an operator (as <c>/admin/status</c>).</param>
/// <param name="Silos">Active silos.</param>
/// <param name="Kpis">The latest data-quality measurement of each portal (none before the first).</param>
/// <param name="Reconciliations">The latest reconciliation of each portal (none before the first).</param>
public sealed record OperationsOverview(
    DateTimeOffset At,
    SyncHealth Health,
    long Backlog,
    long? DeadLetters,
    int Silos,
    IReadOnlyList<StoreThroughputView> Stores,
    IReadOnlyList<PortalThroughputView> Portals,
    IReadOnlyList<DataQualityReport> Kpis,
    IReadOnlyList<ReconciliationReport> Reconciliations);
