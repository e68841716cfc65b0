namespace OrleansSync.Contracts.Operations;

/// <summary>
/// Reconciles one HubSpot portal's stores (key: the portal id): per day, store and currency the grid's paid totals against
/// the closed-won deals read back from HubSpot. Runs on demand and daily on a reminder; every report is kept.
/// </summary>
[Alias("orleanssync.reconciliation")]
public interface IReconciliationGrain : IGrainWithStringKey
{
    /// <summary>Reconciles <paramref name="day"/> now and keeps the report.</summary>
    [Alias("run")]
    Task<ReconciliationReport> RunAsync(DateOnly day, IReadOnlyList<StoreOfPortal> stores, string trigger);

    /// <summary>Remembers the portal's stores and makes sure the daily reminder (yesterday's reconciliation) is registered.</summary>
    [Alias("schedule")]
    Task ScheduleDailyAsync(IReadOnlyList<StoreOfPortal> stores);
}
