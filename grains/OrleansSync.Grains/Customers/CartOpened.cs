using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Customers;

/// <summary>
/// Cart grain → customer grain: the person has an open cart, so a purchase anywhere can cancel its abandonment.
/// <paramref name="Buyer"/> carries what the checkout says about the person (name, phone, address).
/// </summary>
[GenerateSerializer]
[Alias("customer.cart-opened.v1")]
public sealed record CartOpened(GrainIdentity Cart, DateTimeOffset LastActivity, BuyerDetails? Buyer = null);
