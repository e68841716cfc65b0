namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>One sample of a store's deliveries: pending in the queue (all gateways) and appended by this gateway so far.</summary>
public sealed record StoreSample(DateTimeOffset At, long Pending, long Appended);
