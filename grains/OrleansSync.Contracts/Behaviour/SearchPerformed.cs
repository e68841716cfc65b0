using OrleansSync.Contracts.Context;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Contracts.Behaviour;

/// <summary>A shopper searched the store.</summary>
[GrainMessage("behaviour.search-performed.v1")]
public sealed record SearchPerformed(StoreContext Store, SourceStamp Source, Shopper Shopper, DateTimeOffset OccurredAt, string Query, int? ResultCount) : IBehaviourEvent;
