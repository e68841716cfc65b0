using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Grains.Carts;

/// <summary>Customer grain → cart grain: the person bought something (in any storefront) at this time.</summary>
[GrainMessage("cart.purchase-made.v1")]
public sealed record PurchaseMade(DateTimeOffset PurchasedAt);
