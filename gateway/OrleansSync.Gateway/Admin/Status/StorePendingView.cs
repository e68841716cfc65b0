namespace OrleansSync.Gateway.Admin.Status;

/// <summary>One store's pending deliveries.</summary>
/// <param name="StoreId">The store; null for operator commands (GDPR erasures, replayed dead letters).</param>
public sealed record StorePendingView(string? StoreId, long Pending, double OldestPendingAgeSeconds);
