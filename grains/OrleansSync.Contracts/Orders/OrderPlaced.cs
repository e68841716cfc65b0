using OrleansSync.Contracts.Context;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Contracts.Orders;

/// <summary>A new order was placed (paid or not yet paid). Carries the full order.</summary>
[GrainMessage("order.placed.v1")]
public sealed record OrderPlaced(StoreContext Store, SourceStamp Source, OrderSnapshot Order) : ICanonicalEvent;
