using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Grains.Customers;

/// <summary>Cart grain → customer grain: the abandonment window passed; the customer decides (a purchase since wins).</summary>
[GrainMessage("customer.cart-abandonment-due.v1")]
public sealed record CartAbandonmentDue(
    GrainId Cart,
    string StoreId,
    long Generation,
    DateTimeOffset LastActivity,
    decimal Value,
    string Currency,
    string Items,
    string? RecoveryUrl);
