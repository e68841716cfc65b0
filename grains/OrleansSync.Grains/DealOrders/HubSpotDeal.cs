namespace OrleansSync.Grains.DealOrders;

/// <summary>
/// A deal as read from HubSpot to become a store order: where it stands (pipeline, stage), its line items and its contact.
/// <c>OrderKey</c> is our unique order key property, set when OrleansSync wrote the deal (then it is never an order to make).
/// </summary>
public sealed record HubSpotDeal(
    string Id,
    string? Pipeline,
    string? Stage,
    string? Currency,
    string? OrderKey,
    IReadOnlyList<HubSpotDealLine> Lines,
    string? Email,
    string? FirstName,
    string? LastName);
