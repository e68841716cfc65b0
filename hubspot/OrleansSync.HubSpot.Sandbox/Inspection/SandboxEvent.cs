namespace OrleansSync.HubSpot.Sandbox.Inspection;

/// <summary>One custom behavioural event occurrence the sandbox accepted.</summary>
public sealed record SandboxEvent(
    string EventName,
    string? Email,
    string? ObjectId,
    string? Uuid,
    DateTimeOffset OccurredAt,
    IReadOnlyDictionary<string, string> Properties);
