namespace OrleansSync.HubSpot;

/// <summary>A record HubSpot accepted: the caller's key, HubSpot's record id, and whether it was created (upserts).</summary>
public sealed record RecordSuccess(string Key, string HubSpotId, bool? Created = null);
