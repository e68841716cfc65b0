using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Carts;

/// <summary>A shopper started a checkout (Shopify <c>checkouts/create</c>, a WooCommerce <c>checkout-draft</c> order).</summary>
[GenerateSerializer]
[Alias("cart.checkout-started.v1")]
public sealed record CheckoutStarted(StoreContext Store, SourceStamp Source, CartSnapshot Cart) : ICanonicalEvent;
