
namespace OrleansSync.Grains.Carts;

/// <summary>Customer grain → cart grain: the person bought something (in any storefront) at this time.</summary>
[GenerateSerializer]
[Alias("cart.purchase-made.v1")]
public sealed record PurchaseMade(DateTimeOffset PurchasedAt);
