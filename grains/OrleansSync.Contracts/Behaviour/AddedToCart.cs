using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Behaviour;

/// <summary>A shopper added a product to the cart.</summary>
[GenerateSerializer]
[Alias("behaviour.added-to-cart.v1")]
public sealed record AddedToCart(StoreContext Store, SourceStamp Source, Shopper Shopper, DateTimeOffset OccurredAt, string? CartId, LineItem Line) : IBehaviourEvent;
