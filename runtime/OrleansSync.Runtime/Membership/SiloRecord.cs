namespace OrleansSync.Runtime.Membership;

/// <summary>A silo's membership row. <see cref="LastHeartbeat"/> is the database's clock.</summary>
public sealed record SiloRecord(string SiloId, string Host, SiloStatus Status, DateTimeOffset StartedAt, DateTimeOffset LastHeartbeat);
