using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Customers;

/// <summary>Cart grain → customer grain: the abandonment window passed; the customer decides (a purchase since wins).</summary>
[GenerateSerializer]
[Alias("customer.cart-abandonment-due.v1")]
public sealed record CartAbandonmentDue(
    GrainIdentity Cart,
    string StoreId,
    long Generation,
    DateTimeOffset LastActivity,
    decimal Value,
    string Currency,
    string Items,
    string? RecoveryUrl);
