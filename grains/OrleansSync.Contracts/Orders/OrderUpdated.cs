using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Orders;

/// <summary>An order changed without a more specific event (address, note, pending payment…). Carries the full order.</summary>
[GenerateSerializer]
[Alias("order.updated.v1")]
public sealed record OrderUpdated(StoreContext Store, SourceStamp Source, OrderSnapshot Order) : ICanonicalEvent;
