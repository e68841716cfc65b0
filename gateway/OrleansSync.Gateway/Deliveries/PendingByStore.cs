namespace OrleansSync.Gateway.Deliveries;

/// <summary>Deliveries of one store not yet acknowledged by their grains (<see cref="StoreId"/> null = operator commands).</summary>
public sealed record PendingByStore(string? StoreId, long Pending, DateTimeOffset OldestCreatedAt);
