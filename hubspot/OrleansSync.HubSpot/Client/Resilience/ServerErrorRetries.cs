using Polly;

namespace OrleansSync.HubSpot.Client.Resilience;

/// <summary>
/// Whether the pipeline retries 5xx answers, timeouts and broken circuits for one call (it always retries window 429s).
/// A caller that retries records on its own (the portal's drain splits a failing batch to find the record to blame)
/// turns it off, so a refused batch answers at once instead of after every retry.
/// </summary>
internal static class ServerErrorRetries
{
    public static readonly ResiliencePropertyKey<bool> Enabled = new("orleanssync.hubspot.retry-server-errors");
}
