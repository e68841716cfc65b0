using OrleansSync.Runtime.Grains;

namespace OrleansSync.Runtime.Storage;

/// <summary>A committed side effect waiting for its dispatcher.</summary>
public sealed record OutboxEntry(long Id, string Channel, string ObjectKey, string Payload, GrainId Source, DateTimeOffset CreatedAt);
