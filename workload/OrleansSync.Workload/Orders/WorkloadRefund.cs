namespace OrleansSync.Workload.Orders;

/// <summary>A refund of an order: the whole total (<see cref="Full"/>) or a part of it.</summary>
public sealed record WorkloadRefund(long RefundId, decimal Amount, bool Full, DateTimeOffset At);
