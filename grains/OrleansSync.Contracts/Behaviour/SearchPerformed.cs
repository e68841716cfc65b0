using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Behaviour;

/// <summary>A shopper searched the store.</summary>
[GenerateSerializer]
[Alias("behaviour.search-performed.v1")]
public sealed record SearchPerformed(StoreContext Store, SourceStamp Source, Shopper Shopper, DateTimeOffset OccurredAt, string Query, int? ResultCount) : IBehaviourEvent;
