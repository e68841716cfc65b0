namespace OrleansSync.Grains.Messaging;

/// <summary>Delivered to the grain that owed an upsert once HubSpot accepted it: the object's HubSpot id.</summary>
[GenerateSerializer]
[Alias("hubspot.object-synced.v1")]
public sealed record HubSpotObjectSynced(string ObjectKey, string HubSpotId);
