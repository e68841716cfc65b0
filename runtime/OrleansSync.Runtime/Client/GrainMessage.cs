using OrleansSync.Runtime.Grains;

namespace OrleansSync.Runtime.Client;

/// <summary>A message to post to a grain. <see cref="DeduplicationKey"/> (e.g. a webhook's delivery id) makes the post idempotent.</summary>
public sealed record GrainMessage(GrainId Target, object Message, string? DeduplicationKey = null);
