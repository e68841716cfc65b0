using OrleansSync.Contracts.Context;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Contracts.Behaviour;

/// <summary>A shopper clicked through to checkout (the behavioural signal; the cart itself arrives as <see cref="Carts.CheckoutStarted"/>).</summary>
[GrainMessage("behaviour.checkout-begun.v1")]
public sealed record CheckoutBegun(StoreContext Store, SourceStamp Source, Shopper Shopper, DateTimeOffset OccurredAt, string? CartId, decimal? CartValue) : IBehaviourEvent;
