namespace OrleansSync.HubSpot;

/// <summary>A record HubSpot rejected, with HubSpot's error; dead-letter it, its neighbours were written.</summary>
public sealed record RecordFailure(string Key, HubSpotError Error);
