namespace OrleansSync.Runtime.Storage;

/// <summary>A side effect recorded by a turn for a dispatcher (e.g. one HubSpot portal) to carry out after commit.</summary>
public sealed record NewOutboxEntry(string Channel, string ObjectKey, string Payload);
