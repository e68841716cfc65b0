using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Behaviour;

/// <summary>A shopper clicked through to checkout (the behavioural signal; the cart itself arrives as <see cref="Carts.CheckoutStarted"/>).</summary>
[GenerateSerializer]
[Alias("behaviour.checkout-begun.v1")]
public sealed record CheckoutBegun(StoreContext Store, SourceStamp Source, Shopper Shopper, DateTimeOffset OccurredAt, string? CartId, decimal? CartValue) : IBehaviourEvent;
