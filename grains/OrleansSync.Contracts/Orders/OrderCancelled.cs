using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Orders;

/// <summary>An order was cancelled. Carries the full order.</summary>
[GenerateSerializer]
[Alias("order.cancelled.v1")]
public sealed record OrderCancelled(StoreContext Store, SourceStamp Source, OrderSnapshot Order) : ICanonicalEvent;
