using OrleansSync.Contracts.Messaging;

namespace OrleansSync.Contracts.Products;

/// <summary>A platform product id that resolves to its SKU's product grain.</summary>
[Alias("orleanssync.product-alias")]
public interface IProductAliasGrain : IMessageGrain;
