using OrleansSync.Contracts.Context;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Contracts.Carts;

/// <summary>A shopper started a checkout (Shopify <c>checkouts/create</c>, a WooCommerce <c>checkout-draft</c> order).</summary>
[GrainMessage("cart.checkout-started.v1")]
public sealed record CheckoutStarted(StoreContext Store, SourceStamp Source, CartSnapshot Cart) : ICanonicalEvent;
