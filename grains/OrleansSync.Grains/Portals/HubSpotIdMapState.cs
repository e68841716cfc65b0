namespace OrleansSync.Grains.Portals;

/// <summary>One bucket of a portal's id map: outbox object key → HubSpot id.</summary>
public sealed class HubSpotIdMapState
{
    public Dictionary<string, string> Ids { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Object keys that must never be written again (a contact renamed by an email change: its old key).</summary>
    public HashSet<string> Retired { get; set; } = new(StringComparer.Ordinal);
}
