using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;

namespace OrleansSync.Contracts.Orders;

/// <summary>The state of one order as the store sent it.</summary>
/// <param name="PlatformOrderId">The platform's order id (the order grain's key within the store).</param>
/// <param name="OrderNumber">The human order number ("#1001", "963").</param>
/// <param name="Status">Canonical status.</param>
/// <param name="RawStatus">The platform's own status words, e.g. "processing" or "financial=paid;fulfillment=partial".</param>
/// <param name="Customer">The buyer; <see cref="CustomerProfile.IsGuest"/> says whether they had an account.</param>
/// <param name="CheckoutId">The checkout or cart this order came from (cart recovery), when sent.</param>
/// <param name="DiscountCodes">Coupon codes used.</param>
/// <param name="Visitor">Browser IP and hubspotutk at checkout, when sent.</param>
/// <param name="HubSpotDealId">The HubSpot deal the order was created from (a deal made in HubSpot), whose deal it updates.</param>
[GenerateSerializer]
public sealed record OrderSnapshot(
    string PlatformOrderId,
    string? OrderNumber,
    OrderStatus Status,
    string? RawStatus,
    CustomerProfile Customer,
    IReadOnlyList<LineItem> Lines,
    OrderTotals Totals,
    IReadOnlyList<OrderRefund> Refunds,
    IReadOnlyList<string> DiscountCodes,
    string? CheckoutId,
    VisitorContext? Visitor,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? PaidAt,
    DateTimeOffset? FulfilledAt,
    DateTimeOffset? CancelledAt,
    string? CancelReason,
    string? HubSpotDealId = null);
