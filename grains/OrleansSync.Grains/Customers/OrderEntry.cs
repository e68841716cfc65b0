namespace OrleansSync.Grains.Customers;

/// <summary>The latest summary of one order, with the order grain's revision.</summary>
[GenerateSerializer]
public sealed record OrderEntry(long Revision, string OrderGrainKey, OrderSummary Summary);
