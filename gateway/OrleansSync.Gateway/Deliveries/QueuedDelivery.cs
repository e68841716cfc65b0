using OrleansSync.Contracts.Routing;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>A durable, not yet acknowledged delivery, held by this process until <see cref="LeaseExpiresAt"/>.</summary>
/// <param name="Id">Queue position: a grain's deliveries are handed over in id order.</param>
/// <param name="Attempts">Failed hand-overs so far.</param>
/// <param name="LeaseExpiresAt">Until then no other sweep claims the row; hand it over before then or leave it.</param>
public sealed record QueuedDelivery(
    long Id,
    GrainIdentity Target,
    string MessageType,
    string Payload,
    string DeduplicationKey,
    string? StoreId,
    int Attempts,
    DateTimeOffset LeaseExpiresAt);
