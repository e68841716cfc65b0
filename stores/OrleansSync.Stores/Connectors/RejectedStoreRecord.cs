namespace OrleansSync.Stores.Connectors;

/// <summary>A record read from a store's API that could not be mapped: kept with its reason, never holding up the others.</summary>
public sealed record RejectedStoreRecord(StoreResource Resource, string? RecordId, string Reason, string RawJson);
