using System.Diagnostics.Metrics;

namespace OrleansSync.HubSpot.Diagnostics;

/// <summary>The client's instruments (meter <c>OrleansSync.HubSpot</c>).</summary>
public sealed class HubSpotClientMetrics
{
    public const string MeterName = "OrleansSync.HubSpot";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _records;

    public HubSpotClientMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _calls = meter.CreateCounter<long>("hubspot.client.calls", "{call}", "HTTP attempts sent to HubSpot, by status code.");
        _rateLimited = meter.CreateCounter<long>("hubspot.client.rate_limited", "{call}", "Attempts HubSpot answered 429, by policy name.");
        _retries = meter.CreateCounter<long>("hubspot.client.retries", "{retry}", "Retries scheduled by the resilience pipeline.");
        _records = meter.CreateCounter<long>("hubspot.client.records", "{record}", "Records in bulk calls, by outcome.");
    }

    public void OnCall(int statusCode) => _calls.Add(1, new KeyValuePair<string, object?>("http.response.status_code", statusCode));

    public void OnRateLimited(string policyName) => _rateLimited.Add(1, new KeyValuePair<string, object?>("hubspot.policy", policyName));

    public void OnRetry() => _retries.Add(1);

    public void OnRecords(BatchResult result)
    {
        _records.Add(result.Succeeded.Count, new KeyValuePair<string, object?>("outcome", "succeeded"));
        _records.Add(result.Failed.Count, new KeyValuePair<string, object?>("outcome", "failed"));
    }
}
