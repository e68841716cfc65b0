using System.Diagnostics.Metrics;

namespace OrleansSync.Grains.Diagnostics;

/// <summary>Domain and dispatch instruments (meter <c>OrleansSync.Grains</c>).</summary>
public sealed class DomainMetrics
{
    public const string MeterName = "OrleansSync.Grains";

    /// <summary>Counter of records grains handed to a portal's queue (<c>orleanssync.hubspot.records.handed_over</c>).</summary>
    public const string HandedOverName = "orleanssync.hubspot.records.handed_over";

    private readonly Counter<long> _handedOver;
    private readonly Counter<long> _dispatched;
    private readonly Counter<long> _deadLettered;
    private readonly Counter<long> _isolationSplits;
    private readonly Counter<long> _recordRetries;
    private readonly Counter<long> _abandoned;
    private readonly Counter<long> _recovered;
    private readonly Histogram<double> _drainSeconds;

    public DomainMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _handedOver = meter.CreateCounter<long>(HandedOverName, "{record}", "Records grains handed to a portal's queue, hand-overs again (after a lost queue or acknowledgement) included.");
        _dispatched = meter.CreateCounter<long>("orleanssync.hubspot.records.dispatched", "{record}", "Records HubSpot acknowledged.");
        _deadLettered = meter.CreateCounter<long>("orleanssync.hubspot.records.dead_lettered", "{record}", "Records HubSpot rejected, moved to dead letters.");
        _isolationSplits = meter.CreateCounter<long>("orleanssync.hubspot.isolation.splits", "{split}", "Batches split in halves to isolate the record HubSpot fails them for.");
        _recordRetries = meter.CreateCounter<long>("orleanssync.hubspot.records.retries", "{retry}", "Records HubSpot failed alone, scheduled to be tried again after a backoff.");
        _abandoned = meter.CreateCounter<long>("orleanssync.carts.abandoned", "{cart}", "Carts whose abandonment window passed without a purchase.");
        _recovered = meter.CreateCounter<long>("orleanssync.carts.recovered", "{cart}", "Abandoned carts followed by a purchase.");
        _drainSeconds = meter.CreateHistogram<double>("orleanssync.hubspot.drain.duration", "s", "Duration of one outbox drain of a portal.");
    }

    public void OnHandedOver(int count) => _handedOver.Add(count);

    public void OnDispatched(string objectType, int count) => _dispatched.Add(count, new KeyValuePair<string, object?>("object_type", objectType));

    public void OnDeadLettered(string objectType, int count) => _deadLettered.Add(count, new KeyValuePair<string, object?>("object_type", objectType));

    public void OnIsolationSplit(string objectType) => _isolationSplits.Add(1, new KeyValuePair<string, object?>("object_type", objectType));

    public void OnRecordRetry(string objectType) => _recordRetries.Add(1, new KeyValuePair<string, object?>("object_type", objectType));

    public void OnCartAbandoned(string store) => _abandoned.Add(1, new KeyValuePair<string, object?>("store", store));

    public void OnCartRecovered(string store) => _recovered.Add(1, new KeyValuePair<string, object?>("store", store));

    public void OnDrained(TimeSpan elapsed) => _drainSeconds.Record(elapsed.TotalSeconds);
}
