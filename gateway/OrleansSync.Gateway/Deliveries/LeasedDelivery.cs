namespace OrleansSync.Gateway.Deliveries;

/// <summary>A delivery to append, with the lease its appender holds on the new row.</summary>
internal readonly record struct LeasedDelivery(PendingDelivery Delivery, DateTimeOffset LeaseUntil);
