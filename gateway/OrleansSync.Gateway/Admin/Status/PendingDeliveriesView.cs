namespace OrleansSync.Gateway.Admin.Status;

/// <summary>Deliveries durable in the queue and not yet acknowledged by their grains.</summary>
/// <param name="OldestPendingAgeSeconds">Age of the oldest one; null when none is pending.</param>
public sealed record PendingDeliveriesView(long Pending, double? OldestPendingAgeSeconds, IReadOnlyList<StorePendingView> ByStore);
