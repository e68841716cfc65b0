using OrleansSync.Contracts.Context;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Contracts.Orders;

/// <summary>An order was cancelled. Carries the full order.</summary>
[GrainMessage("order.cancelled.v1")]
public sealed record OrderCancelled(StoreContext Store, SourceStamp Source, OrderSnapshot Order) : ICanonicalEvent;
