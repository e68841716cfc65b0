namespace OrleansSync.HubSpot.Sandbox.Pipelines;

internal sealed class PipelineInputWire
{
    public string? Label { get; set; }

    public int? DisplayOrder { get; set; }

    public List<StageInputWire>? Stages { get; set; }
}

internal sealed class StageInputWire
{
    public string? Label { get; set; }

    public int? DisplayOrder { get; set; }

    public Dictionary<string, string>? Metadata { get; set; }
}

internal sealed record StageOutputWire(
    string Id,
    string Label,
    int DisplayOrder,
    Dictionary<string, string> Metadata,
    bool Archived,
    string CreatedAt,
    string UpdatedAt,
    string WritePermissions = "CRM_PERMISSIONS_ENFORCEMENT");

internal sealed record PipelineOutputWire(
    string Id,
    string Label,
    int DisplayOrder,
    bool Archived,
    string CreatedAt,
    string UpdatedAt,
    List<StageOutputWire> Stages);

internal sealed record PipelineListWire(List<PipelineOutputWire> Results);
