namespace OrleansSync.Grains.Dispatch;

/// <summary>
/// A HubSpot record a grain owes, as it forwards it to its portal's grain; <see cref="Version"/> tells a newer one from an
/// older one, and <see cref="Cause"/> names the store event it brings to HubSpot (latency measurement; null when none).
/// </summary>
[GenerateSerializer]
[Alias("hubspot.pending-write.v1")]
public sealed record PendingHubSpotWrite(string PortalId, string ObjectKey, long Version, HubSpotWrite Write, SyncCause? Cause = null);
