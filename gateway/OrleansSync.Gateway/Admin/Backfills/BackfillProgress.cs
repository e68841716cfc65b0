namespace OrleansSync.Gateway.Admin.Backfills;

/// <summary>
/// One store resource being backfilled (historical customers, orders or products read from the store's API by a connector).
/// </summary>
/// <param name="Store">The store id.</param>
/// <param name="Resource">What is read: "customers", "orders", "products".</param>
/// <param name="Done">Records read and handed to the grid so far.</param>
/// <param name="Total">Records the store reports in all; null while unknown.</param>
/// <param name="Rate">Records per second over the last minute.</param>
/// <param name="Eta">Seconds to finish at that rate; null while unknown.</param>
/// <param name="State">"queued", "running", "paused", "done" or "failed".</param>
/// <param name="Error">Why it failed or paused; null otherwise.</param>
public sealed record BackfillProgress(string Store, string Resource, long Done, long? Total, double Rate, double? Eta, string State, string? Error);
