using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Grains.Portals;

/// <summary>The dispatcher records HubSpot ids (object key → id) in the portal grain before completing the outbox rows.</summary>
[GrainMessage("hubspot.ids-learned.v1")]
public sealed record HubSpotIdsLearned(IReadOnlyDictionary<string, string> Ids);
