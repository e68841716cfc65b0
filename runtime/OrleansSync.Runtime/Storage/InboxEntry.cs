using OrleansSync.Runtime.Grains;

namespace OrleansSync.Runtime.Storage;

/// <summary>A durable, not yet consumed message, as claimed by the owner of its shard.</summary>
public sealed record InboxEntry(long Sequence, int Shard, GrainId Target, string MessageType, string Payload, DateTimeOffset EnqueuedAt);
