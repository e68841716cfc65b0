namespace OrleansSync.HubSpot.Sandbox.Properties;

/// <summary>A property definition as the Properties API stores it. Only touched under the portal's gate.</summary>
internal sealed class PropertyDefinition
{
    public required string Name { get; init; }

    public required string Label { get; set; }

    public required string Type { get; init; }

    public required string FieldType { get; set; }

    public required string GroupName { get; set; }

    public string Description { get; set; } = "";

    public bool HasUniqueValue { get; init; }

    public bool HubSpotDefined { get; init; }

    public bool ReadOnlyValue { get; init; }

    public bool Hidden { get; set; }

    public bool FormField { get; set; }

    public int DisplayOrder { get; set; } = -1;

    public List<PropertyOption> Options { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool Archived { get; set; }
}
