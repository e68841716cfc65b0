namespace OrleansSync.Gateway.Deliveries;

/// <summary>The 200 answer to an accepted delivery.</summary>
/// <param name="Status">"appended", "duplicate" (every event seen before), "ping" or "ignored".</param>
/// <param name="DeliveryKey">The deduplication key the delivery's events were appended under.</param>
/// <param name="Events">Canonical events the delivery produced.</param>
/// <param name="Appended">Events appended now.</param>
/// <param name="Duplicates">Events appended by an earlier delivery and not again.</param>
public sealed record DeliveryAccepted(string Status, string? DeliveryKey, int Events, int Appended, int Duplicates);
