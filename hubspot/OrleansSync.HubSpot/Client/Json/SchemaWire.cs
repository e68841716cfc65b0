namespace OrleansSync.HubSpot.Client.Json;

internal sealed record OptionWire(string Label, string Value, int DisplayOrder, bool Hidden);

internal sealed record PropertyWire(
    string Name,
    string Label,
    string Type,
    string FieldType,
    string GroupName,
    string? Description,
    bool HasUniqueValue,
    IReadOnlyList<OptionWire>? Options);

internal sealed record ResultsWire<T>(List<T> Results);

internal sealed record GroupWire(string Name, string Label, int DisplayOrder);

internal sealed record StageWire(string? Id, string Label, int DisplayOrder, Dictionary<string, string>? Metadata);

internal sealed record PipelineWire(string? Id, string Label, int DisplayOrder, List<StageWire> Stages);
