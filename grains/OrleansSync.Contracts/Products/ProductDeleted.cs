using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Products;

/// <summary>A store deleted a product. Platforms send only the id, so <see cref="Sku"/> is usually null.</summary>
[GenerateSerializer]
[Alias("product.deleted.v1")]
public sealed record ProductDeleted(StoreContext Store, SourceStamp Source, string PlatformProductId, string? Sku) : ICanonicalEvent;
