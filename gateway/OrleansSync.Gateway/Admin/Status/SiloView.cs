namespace OrleansSync.Gateway.Admin.Status;

/// <summary>One silo's membership row and the number of shards it holds.</summary>
public sealed record SiloView(string SiloId, string Host, string Status, DateTimeOffset StartedAt, DateTimeOffset LastHeartbeat, int Shards);
