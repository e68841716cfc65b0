namespace OrleansSync.Bench.Workload;

/// <summary>One look at the portal's grain: records queued and in flight, and deliveries not yet handed to their grains.</summary>
internal sealed record BacklogSample(DateTimeOffset At, int Queued, int InFlight, long PendingDeliveries);
