using OrleansSync.Contracts.Context;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Contracts.Products;

/// <summary>A store deleted a product. Platforms send only the id, so <see cref="Sku"/> is usually null.</summary>
[GrainMessage("product.deleted.v1")]
public sealed record ProductDeleted(StoreContext Store, SourceStamp Source, string PlatformProductId, string? Sku) : ICanonicalEvent;
