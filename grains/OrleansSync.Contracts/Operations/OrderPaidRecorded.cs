namespace OrleansSync.Contracts.Operations;

/// <summary>
/// An order grain's paid figures as the grid holds them, recorded in its store's ledger for the day it was paid (the
/// store side of the reconciliation). Sent again whenever the figures change; the latest per order wins.
/// </summary>
/// <param name="OrderKey">The deal's <c>ecom_order_key</c>: <c>{storeId}/{orderId}</c>.</param>
/// <param name="Paid">The order total (before refunds) in the deal's amount rule.</param>
/// <param name="Refunded">Refunded so far (positive).</param>
/// <param name="EmailSha256">SHA-256 of the normalised order email (never the email), for the match-rate KPI; null for an order without one.</param>
/// <param name="Revision">The order grain's revision; an older one never overwrites a newer one.</param>
[GenerateSerializer]
[Alias("ledger.order-paid.v1")]
public sealed record OrderPaidRecorded(
    string OrderKey,
    string StoreId,
    string PortalId,
    string Currency,
    decimal Paid,
    decimal Refunded,
    bool Cancelled,
    string? EmailSha256,
    DateTimeOffset PaidAt,
    long Revision);
