namespace OrleansSync.HubSpot;

/// <summary>A deal pipeline with its stages in display order. <paramref name="Id"/> is HubSpot's, when known.</summary>
public sealed record PipelineSpec(string Label, IReadOnlyList<PipelineStageSpec> Stages, string? Id = null);
