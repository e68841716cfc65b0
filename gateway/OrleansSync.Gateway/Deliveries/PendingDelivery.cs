using OrleansSync.Contracts.Routing;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>A message for a grain, about to be made durable in the delivery queue.</summary>
/// <param name="Target">The receiving grain.</param>
/// <param name="MessageType">The message's stable type name (<c>MessageTypes.NameOf</c>).</param>
/// <param name="Payload">The message as plain JSON (<c>MessageTypes.Serialize</c>).</param>
/// <param name="DeduplicationKey">
/// Unique per message and identical when a platform repeats a delivery; a key seen within the deduplication window is
/// not appended again. The grain receives it as the envelope id and drops repeats by it too.
/// </param>
/// <param name="StoreId">The store the message came from, or null for an operator's command (status per store).</param>
public sealed record PendingDelivery(GrainIdentity Target, string MessageType, string Payload, string DeduplicationKey, string? StoreId);
