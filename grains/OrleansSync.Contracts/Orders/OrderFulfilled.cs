using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Orders;

/// <summary>An order was fulfilled (fully, or partially: see <see cref="OrderSnapshot.Status"/>). Carries the full order.</summary>
[GenerateSerializer]
[Alias("order.fulfilled.v1")]
public sealed record OrderFulfilled(StoreContext Store, SourceStamp Source, OrderSnapshot Order) : ICanonicalEvent;
