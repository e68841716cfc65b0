namespace OrleansSync.HubSpot.Sandbox.Pipelines;

/// <summary>A deal (or order) pipeline with its stages. Only touched under the portal's gate.</summary>
internal sealed class Pipeline
{
    public required string Id { get; init; }

    public required string Label { get; set; }

    public int DisplayOrder { get; set; }

    public List<PipelineStage> Stages { get; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
