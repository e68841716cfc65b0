using System.Diagnostics.Metrics;

namespace OrleansSync.Gateway.Diagnostics;

/// <summary>The gateway's instruments (meter "OrleansSync.Gateway").</summary>
public sealed class GatewayMetrics
{
    public const string MeterName = "OrleansSync.Gateway";

    private readonly Counter<long> _accepted;
    private readonly Counter<long> _events;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _quarantined;
    private readonly Histogram<double> _acceptDuration;
    private readonly Counter<long> _handedOver;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _deadLettered;
    private long _pending;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _accepted = meter.CreateCounter<long>("orleanssync.gateway.deliveries.accepted", "{delivery}", "Deliveries appended durably (or recognised as duplicates)");
        _events = meter.CreateCounter<long>("orleanssync.gateway.events.appended", "{event}", "Canonical events appended to the delivery queue");
        _duplicates = meter.CreateCounter<long>("orleanssync.gateway.events.duplicates", "{event}", "Canonical events not appended again (deduplication key seen before)");
        _rejected = meter.CreateCounter<long>("orleanssync.gateway.deliveries.rejected", "{delivery}", "Deliveries refused with a 4xx and kept");
        _quarantined = meter.CreateCounter<long>("orleanssync.gateway.deliveries.quarantined", "{delivery}", "Authentic deliveries kept because they could not be mapped");
        _acceptDuration = meter.CreateHistogram<double>("orleanssync.gateway.accept.duration", "ms", "Time from request to durable append");
        _handedOver = meter.CreateCounter<long>("orleanssync.gateway.queue.handed_over", "{message}", "Queued messages their grains acknowledged");
        _retried = meter.CreateCounter<long>("orleanssync.gateway.queue.retried", "{message}", "Hand-overs that failed and were scheduled again (silo down, timeout, rejection)");
        _deadLettered = meter.CreateCounter<long>("orleanssync.gateway.queue.dead_lettered", "{message}", "Queued messages that could not be read back and went to the dead letters");
        meter.CreateObservableGauge("orleanssync.gateway.queue.pending", () => Interlocked.Read(ref _pending), "{message}", "Queued messages not yet acknowledged by their grains (all gateways; refreshed periodically)");
    }

    public void OnWebhookAccepted(string platform, int appended, int duplicates, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("platform", platform);
        _accepted.Add(1, tag);
        _events.Add(appended, tag);
        _duplicates.Add(duplicates, tag);
        _acceptDuration.Record(elapsed.TotalMilliseconds, tag);
    }

    public void OnDeliveryRejected(string platform, int statusCode) =>
        _rejected.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("status", statusCode));

    public void OnDeliveryQuarantined(string platform) => _quarantined.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void OnHandedOver(int messages) => _handedOver.Add(messages);

    public void OnHandOverFailed(int messages) => _retried.Add(messages);

    public void OnUnreadableDeadLettered(int messages) => _deadLettered.Add(messages);

    public void OnPendingCounted(long pending) => Interlocked.Exchange(ref _pending, pending);
}
