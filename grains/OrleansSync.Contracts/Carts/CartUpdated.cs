using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Carts;

/// <summary>A cart or open checkout changed (lines, email, totals); carries the full current cart.</summary>
[GenerateSerializer]
[Alias("cart.updated.v1")]
public sealed record CartUpdated(StoreContext Store, SourceStamp Source, CartSnapshot Cart) : ICanonicalEvent;
