namespace OrleansSync.HubSpot.Sandbox.Properties;

internal sealed class PropertyInputWire
{
    public string? Name { get; set; }

    public string? Label { get; set; }

    public string? Type { get; set; }

    public string? FieldType { get; set; }

    public string? GroupName { get; set; }

    public string? Description { get; set; }

    public bool? HasUniqueValue { get; set; }

    public int? DisplayOrder { get; set; }

    public bool? FormField { get; set; }

    public bool? Hidden { get; set; }

    public List<OptionWire>? Options { get; set; }
}

internal sealed record OptionWire(string? Label, string? Value, int DisplayOrder = 0, bool Hidden = false);

internal sealed record ModificationMetadataWire(bool Archivable, bool ReadOnlyDefinition, bool ReadOnlyValue);

internal sealed record PropertyOutputWire(
    string Name,
    string Label,
    string Type,
    string FieldType,
    string GroupName,
    string Description,
    bool HasUniqueValue,
    bool HubspotDefined,
    bool Hidden,
    bool FormField,
    int DisplayOrder,
    List<OptionWire> Options,
    ModificationMetadataWire ModificationMetadata,
    string CreatedAt,
    string UpdatedAt,
    bool Archived);

internal sealed record PropertyListWire(List<PropertyOutputWire> Results);

internal sealed class GroupInputWire
{
    public string? Name { get; set; }

    public string? Label { get; set; }

    public int? DisplayOrder { get; set; }
}

internal sealed record GroupOutputWire(string Name, string Label, int DisplayOrder, bool Archived);

internal sealed record GroupListWire(List<GroupOutputWire> Results);
