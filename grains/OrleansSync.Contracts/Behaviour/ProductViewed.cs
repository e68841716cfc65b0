using OrleansSync.Contracts.Context;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Contracts.Behaviour;

/// <summary>A shopper viewed a product page.</summary>
[GrainMessage("behaviour.product-viewed.v1")]
public sealed record ProductViewed(StoreContext Store, SourceStamp Source, Shopper Shopper, DateTimeOffset OccurredAt, string? Sku, string ProductId, string? ProductName, decimal? Price, IReadOnlyList<string> Categories) : IBehaviourEvent;
