using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Customers;

/// <summary>
/// Order grain → customer grain: the order's current summary. A higher revision replaces a lower one; replays are harmless.
/// <paramref name="Buyer"/> carries the order's billing details when the snapshot just applied had any.
/// </summary>
[GenerateSerializer]
[Alias("customer.order-recorded.v1")]
public sealed record CustomerOrderRecorded(string OrderKey, GrainIdentity OrderGrain, long Revision, OrderSummary Summary, BuyerDetails? Buyer = null);
