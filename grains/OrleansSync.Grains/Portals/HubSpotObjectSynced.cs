using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Grains.Portals;

/// <summary>The dispatcher tells the grain that emitted an object its HubSpot id once HubSpot acknowledged the write.</summary>
[GrainMessage("hubspot.object-synced.v1")]
public sealed record HubSpotObjectSynced(string ObjectKey, string HubSpotId);
