namespace OrleansSync.Contracts.Operations;

/// <summary>
/// Measures one HubSpot portal's data-quality KPIs (key: the portal id) from HubSpot itself, the stores' ledgers and the
/// portal grain's latency and failure counts: on demand, and periodically on a reminder. A broken bar is logged and counted.
/// </summary>
[Alias("orleanssync.data-quality")]
public interface IDataQualityGrain : IGrainWithStringKey
{
    [Alias("measure")]
    Task<DataQualityReport> MeasureAsync(IReadOnlyList<StoreOfPortal> stores);

    /// <summary>The last measurement; null before the first.</summary>
    [Alias("latest")]
    Task<DataQualityReport?> GetLatestAsync();

    /// <summary>Remembers the portal's stores and makes sure the periodic reminder is registered.</summary>
    [Alias("schedule")]
    Task ScheduleAsync(IReadOnlyList<StoreOfPortal> stores);
}
