using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Behaviour;

/// <summary>A shopper viewed a product page.</summary>
[GenerateSerializer]
[Alias("behaviour.product-viewed.v1")]
public sealed record ProductViewed(StoreContext Store, SourceStamp Source, Shopper Shopper, DateTimeOffset OccurredAt, string? Sku, string ProductId, string? ProductName, decimal? Price, IReadOnlyList<string> Categories) : IBehaviourEvent;
