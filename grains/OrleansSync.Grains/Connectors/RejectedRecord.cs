namespace OrleansSync.Grains.Connectors;

/// <summary>A record the connector read but could not map or route.</summary>
public sealed record RejectedRecord(string Resource, string? RecordId, string Reason, DateTimeOffset At);
