namespace OrleansSync.HubSpot.Client.Json;

internal sealed record EventWire(
    string EventName,
    string? Email,
    string? ObjectId,
    string OccurredAt,
    string Uuid,
    IReadOnlyDictionary<string, string> Properties);
