namespace OrleansSync.HubSpot;

/// <summary>A deal stage; <paramref name="Probability"/> is "0.0".."1.0" (1.0 closed won, 0.0 closed lost). <paramref name="Id"/> is HubSpot's, when known.</summary>
public sealed record PipelineStageSpec(string Label, string Probability, string? Id = null);
