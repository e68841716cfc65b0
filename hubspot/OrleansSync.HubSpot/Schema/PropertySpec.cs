namespace OrleansSync.HubSpot;

/// <summary>A property definition (Properties API). <paramref name="HasUniqueValue"/> can only be set at creation.</summary>
public sealed record PropertySpec(
    string Name,
    string Label,
    string Type,
    string FieldType,
    string GroupName,
    bool HasUniqueValue = false,
    string? Description = null,
    IReadOnlyList<string>? Options = null);
