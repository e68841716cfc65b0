using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Orders;

/// <summary>An order is paid (close date = <see cref="OrderSnapshot.PaidAt"/>); grains treat a repeat as a no-op. Carries the full order.</summary>
[GenerateSerializer]
[Alias("order.paid.v1")]
public sealed record OrderPaid(StoreContext Store, SourceStamp Source, OrderSnapshot Order) : ICanonicalEvent;
