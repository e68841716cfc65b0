namespace OrleansSync.Runtime.Storage;

/// <summary>Result of appending one entry: its inbox sequence, or that its deduplication key was seen before.</summary>
public readonly record struct AppendOutcome(long Sequence, bool Duplicate);
