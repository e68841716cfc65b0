namespace OrleansSync.HubSpot.Sandbox.Properties;

/// <summary>A property group (the heading properties are shown under).</summary>
internal sealed class PropertyGroup
{
    public required string Name { get; init; }

    public required string Label { get; set; }

    public int DisplayOrder { get; set; } = -1;

    public bool Archived { get; set; }
}
