namespace OrleansSync.Grains.Dispatch;

/// <summary>The portal's answer for one record: HubSpot accepted <see cref="Version"/> (with the object's id, for upserts), or it was dead-lettered.</summary>
[GenerateSerializer]
[Alias("hubspot.ack.v1")]
public sealed record HubSpotAck(string ObjectKey, long Version, string? HubSpotId, bool DeadLettered);
