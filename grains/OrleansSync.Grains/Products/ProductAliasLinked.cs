
namespace OrleansSync.Grains.Products;

/// <summary>Product grain → product alias grain: this platform product id is the SKU <paramref name="Sku"/>.</summary>
[GenerateSerializer]
[Alias("product-alias.linked.v1")]
public sealed record ProductAliasLinked(string Sku);
