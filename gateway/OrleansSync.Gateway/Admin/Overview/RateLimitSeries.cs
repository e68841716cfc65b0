namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>A portal's HubSpot rate-limit usage over the dashboard's window, oldest sample first.</summary>
public sealed record RateLimitSeries(string PortalId, int Budget, IReadOnlyList<RateSample> Samples);
