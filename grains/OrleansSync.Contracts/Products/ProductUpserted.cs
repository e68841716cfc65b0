using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Products;

/// <summary>A product or variant was created or changed. Multi-variant products produce one event per variant.</summary>
[GenerateSerializer]
[Alias("product.upserted.v1")]
public sealed record ProductUpserted(StoreContext Store, SourceStamp Source, ProductSnapshot Product) : ICanonicalEvent;
