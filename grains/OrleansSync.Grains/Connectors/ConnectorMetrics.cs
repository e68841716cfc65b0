using System.Diagnostics.Metrics;

namespace OrleansSync.Grains.Connectors;

/// <summary>Store connector instruments (meter <c>OrleansSync.Connectors</c>).</summary>
public sealed class ConnectorMetrics
{
    private readonly Counter<long> _records;
    private readonly Counter<long> _failures;

    public ConnectorMetrics(IMeterFactory meters)
    {
        var meter = meters.Create("OrleansSync.Connectors");
        _records = meter.CreateCounter<long>("orleanssync.connector.records", "{record}", "Records read from store APIs and handed to the grains.");
        _failures = meter.CreateCounter<long>("orleanssync.connector.failures", "{read}", "Store API reads (or hand-overs) that failed and will be retried.");
    }

    public void OnPageHandedOver(string platform, string resource, int records) =>
        _records.Add(records, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("resource", resource));

    public void OnReadFailed(string platform, bool auth) =>
        _failures.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("auth", auth));
}
