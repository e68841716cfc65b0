namespace OrleansSync.Workload.Deliveries;

/// <summary>What a store event is about.</summary>
public enum EventKind
{
    CustomerRegistered,
    CartStarted,
    CartUpdated,
    OrderPlaced,
    OrderRefunded,
}
