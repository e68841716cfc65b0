using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Behaviour;

/// <summary>A shopper viewed a category page.</summary>
[GenerateSerializer]
[Alias("behaviour.category-viewed.v1")]
public sealed record CategoryViewed(StoreContext Store, SourceStamp Source, Shopper Shopper, DateTimeOffset OccurredAt, string CategoryId, string? CategoryName) : IBehaviourEvent;
