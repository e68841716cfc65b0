namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>The sync at a glance: a traffic light and why, in words a non-engineer can act on.</summary>
/// <param name="Level">"green" (in sync), "amber" (needs a look) or "red" (data is not reaching HubSpot).</param>
/// <param name="Reasons">Why it is not green, worst first; empty when green.</param>
public sealed record SyncHealth(string Level, string Summary, IReadOnlyList<string> Reasons);
