using OrleansSync.HubSpot.Sandbox.Inspection;

namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary>A stored record. Mutable; only touched under the portal's gate.</summary>
internal sealed class CrmRecord(ObjectType type, string id, DateTimeOffset createdAt)
{
    public ObjectType Type { get; } = type;

    public string Id { get; } = id;

    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public SandboxRecord Snapshot() =>
        new(Type.Name, Id, new Dictionary<string, string>(Properties, StringComparer.Ordinal), CreatedAt, UpdatedAt);
}
