using OrleansSync.Contracts.Routing;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>A message the gateway appended to the delivery queue (read back from its stored JSON).</summary>
public sealed record AppendedMessage(GrainIdentity Target, object Message, string DeduplicationKey, string? StoreId);
