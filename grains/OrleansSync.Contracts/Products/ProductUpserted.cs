using OrleansSync.Contracts.Context;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Contracts.Products;

/// <summary>A product or variant was created or changed. Multi-variant products produce one event per variant.</summary>
[GrainMessage("product.upserted.v1")]
public sealed record ProductUpserted(StoreContext Store, SourceStamp Source, ProductSnapshot Product) : ICanonicalEvent;
