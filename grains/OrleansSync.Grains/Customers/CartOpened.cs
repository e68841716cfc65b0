using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Grains.Customers;

/// <summary>Cart grain → customer grain: the person has an open cart, so a purchase anywhere can cancel its abandonment.</summary>
[GrainMessage("customer.cart-opened.v1")]
public sealed record CartOpened(GrainId Cart, DateTimeOffset LastActivity);
