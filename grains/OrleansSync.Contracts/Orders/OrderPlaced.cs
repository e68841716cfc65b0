using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Orders;

/// <summary>A new order was placed (paid or not yet paid). Carries the full order.</summary>
[GenerateSerializer]
[Alias("order.placed.v1")]
public sealed record OrderPlaced(StoreContext Store, SourceStamp Source, OrderSnapshot Order) : ICanonicalEvent;
