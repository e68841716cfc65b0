namespace OrleansSync.Grains.Operations;

/// <summary>A closed-won ecommerce deal as read back from HubSpot.</summary>
public sealed record HubSpotDeal(string Id, string OrderKey, string StoreId, decimal Amount, string? Currency, DateTimeOffset ClosedAt);
