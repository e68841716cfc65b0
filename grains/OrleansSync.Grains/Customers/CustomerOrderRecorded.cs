using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Grains.Customers;

/// <summary>Order grain → customer grain: the order's current summary. A higher revision replaces a lower one; replays are harmless.</summary>
[GrainMessage("customer.order-recorded.v1")]
public sealed record CustomerOrderRecorded(string OrderKey, GrainId OrderGrain, long Revision, OrderSummary Summary);
