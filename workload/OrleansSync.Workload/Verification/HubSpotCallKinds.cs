namespace OrleansSync.Workload.Verification;

/// <summary>Which HubSpot calls are schema set-up, and which count against the rolling 10-second window.</summary>
public static class HubSpotCallKinds
{
    /// <summary>Properties, groups and pipelines: a portal's one-time set-up, not per-order work.</summary>
    public static bool IsSchema(string path) =>
        path.Contains("/properties/", StringComparison.Ordinal) || path.Contains("/pipelines/", StringComparison.Ordinal);

    /// <summary>
    /// Counted against the rolling 10-second window: everything but association batch endpoints, behavioural events and
    /// search (which has its own per-second limit).
    /// </summary>
    public static bool IsWindowed(string path) =>
        !path.StartsWith("/crm/v4/associations", StringComparison.Ordinal)
        && !path.StartsWith("/events/", StringComparison.Ordinal)
        && !path.EndsWith("/search", StringComparison.Ordinal);
}
