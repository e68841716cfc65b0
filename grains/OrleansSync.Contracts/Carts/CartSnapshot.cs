using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;

namespace OrleansSync.Contracts.Carts;

/// <summary>A cart or checkout as the store sent it (the basis of abandonment and recovery).</summary>
/// <param name="CartId">The cart or checkout id (the cart grain's key within the store).</param>
/// <param name="CartToken">The platform's cart token, to join a checkout with its cart and later order.</param>
/// <param name="Customer">Who is checking out; the email may be null before it is captured.</param>
/// <param name="Subtotal">Lines after line discounts, before shipping and tax.</param>
/// <param name="Currency">ISO 4217 code of all amounts.</param>
/// <param name="RecoveryUrl">Link that restores the cart (Shopify <c>abandoned_checkout_url</c>).</param>
/// <param name="CompletedAt">When the checkout became an order; null while open.</param>
[GenerateSerializer]
public sealed record CartSnapshot(
    string CartId,
    string? CartToken,
    CustomerProfile Customer,
    IReadOnlyList<LineItem> Lines,
    decimal Subtotal,
    decimal Tax,
    decimal Discount,
    decimal Total,
    string Currency,
    string? RecoveryUrl,
    VisitorContext? Visitor,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? CompletedAt);
