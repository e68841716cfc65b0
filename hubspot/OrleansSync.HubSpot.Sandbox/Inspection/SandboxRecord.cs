namespace OrleansSync.HubSpot.Sandbox.Inspection;

/// <summary>A snapshot of one CRM record in the sandbox.</summary>
public sealed record SandboxRecord(
    string ObjectType,
    string Id,
    IReadOnlyDictionary<string, string> Properties,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
