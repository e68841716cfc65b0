using OrleansSync.Contracts.Context;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Contracts.Behaviour;

/// <summary>A shopper viewed a category page.</summary>
[GrainMessage("behaviour.category-viewed.v1")]
public sealed record CategoryViewed(StoreContext Store, SourceStamp Source, Shopper Shopper, DateTimeOffset OccurredAt, string CategoryId, string? CategoryName) : IBehaviourEvent;
