namespace OrleansSync.Grains.DealOrders;

/// <summary>
/// Store order writer → order grain, before anything else learns of the new order: this order's deal is the HubSpot deal
/// <c>DealId</c> it was created from, so its sync updates that deal instead of creating one.
/// </summary>
[GenerateSerializer]
[Alias("order.deal-linked.v1")]
public sealed record OrderDealLinked(string PortalId, string DealId);
