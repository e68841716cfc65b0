namespace OrleansSync.Contracts.Orders;

/// <summary>One refund of an order (HubSpot: a negative adjustment of the deal).</summary>
/// <param name="RefundId">The platform's refund id (refunds are deduplicated on it).</param>
/// <param name="Amount">Refunded amount, positive, in the order currency.</param>
/// <param name="At">When it was refunded; null when the platform's order payload does not say (WooCommerce).</param>
/// <param name="Reason">The merchant's note, when sent.</param>
/// <param name="Lines">Refunded lines; empty when unknown or an order-level refund.</param>
[GenerateSerializer]
public sealed record OrderRefund(
    string RefundId,
    decimal Amount,
    DateTimeOffset? At,
    string? Reason,
    IReadOnlyList<RefundLine> Lines);
