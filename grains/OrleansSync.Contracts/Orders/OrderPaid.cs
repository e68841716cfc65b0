using OrleansSync.Contracts.Context;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Contracts.Orders;

/// <summary>An order is paid (close date = <see cref="OrderSnapshot.PaidAt"/>); grains treat a repeat as a no-op. Carries the full order.</summary>
[GrainMessage("order.paid.v1")]
public sealed record OrderPaid(StoreContext Store, SourceStamp Source, OrderSnapshot Order) : ICanonicalEvent;
