namespace OrleansSync.HubSpot;

/// <summary>
/// A custom behavioural event occurrence. <paramref name="EventName"/> is the fully qualified name (<c>pe{portalId}_name</c>);
/// <paramref name="Uuid"/> makes resends harmless (HubSpot keeps the first).
/// </summary>
public sealed record BehavioralEvent(
    string EventName,
    string Uuid,
    DateTimeOffset OccurredAt,
    IReadOnlyDictionary<string, string> Properties,
    string? Email = null,
    string? ObjectId = null);
