namespace OrleansSync.HubSpot.Sandbox.Pipelines;

/// <summary>A stage; deal stages carry <c>probability</c> and <c>isClosed</c> in their metadata.</summary>
internal sealed class PipelineStage
{
    public required string Id { get; init; }

    public required string Label { get; set; }

    public int DisplayOrder { get; set; }

    public Dictionary<string, string> Metadata { get; init; } = new(StringComparer.Ordinal);

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
