using System.Diagnostics.Metrics;

namespace OrleansSync.Grains.Diagnostics;

/// <summary>Operations instruments (meter <c>OrleansSync.Operations</c>): sync latency, reconciliation variance, broken KPI bars.</summary>
public sealed class OperationsMetrics
{
    public const string MeterName = "OrleansSync.Operations";

    private readonly Histogram<double> _latency;
    private readonly Histogram<double> _variance;
    private readonly Counter<long> _kpiBroken;
    private readonly Counter<long> _reconciliations;

    public OperationsMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _latency = meter.CreateHistogram<double>("orleanssync.sync.latency", "s", "Store delivery received by the gateway → HubSpot write acknowledged, by event kind.");
        _variance = meter.CreateHistogram<double>("orleanssync.reconciliation.variance", "%", "Variance of each store, day and currency reconciled against HubSpot.");
        _kpiBroken = meter.CreateCounter<long>("orleanssync.kpi.broken", "{measurement}", "Data-quality measurements that broke their bar, by KPI.");
        _reconciliations = meter.CreateCounter<long>("orleanssync.reconciliation.runs", "{run}", "Reconciliation runs, by outcome (within_bar, over_bar, failed).");
    }

    public void OnSynced(string kind, TimeSpan latency) => _latency.Record(latency.TotalSeconds, new KeyValuePair<string, object?>("kind", kind));

    public void OnReconciled(string storeId, string currency, decimal variancePercent) =>
        _variance.Record((double)variancePercent, new KeyValuePair<string, object?>("store", storeId), new KeyValuePair<string, object?>("currency", currency));

    public void OnReconciliationRun(string outcome) => _reconciliations.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void OnKpiBroken(string portalId, string kpi) =>
        _kpiBroken.Add(1, new KeyValuePair<string, object?>("portal", portalId), new KeyValuePair<string, object?>("kpi", kpi));
}
