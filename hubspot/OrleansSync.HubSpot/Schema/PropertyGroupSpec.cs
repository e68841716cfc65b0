namespace OrleansSync.HubSpot;

/// <summary>A property group: the heading the sync's properties appear under in HubSpot.</summary>
public sealed record PropertyGroupSpec(string Name, string Label);
