using OrleansSync.Runtime.Grains;

namespace OrleansSync.Runtime.Storage;

/// <summary>A message about to be appended to a shard's inbox (payload already serialised).</summary>
public sealed record NewInboxEntry(int Shard, GrainId Target, string MessageType, string Payload, string? DeduplicationKey);
