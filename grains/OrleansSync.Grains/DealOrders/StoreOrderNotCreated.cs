namespace OrleansSync.Grains.DealOrders;

/// <summary>
/// Store order writer → deal-order grain: no order was made for the deal, and why. <c>Refused</c> is true when the store
/// refused it (a 4xx, dead-lettered), false when the deal is not one to turn into an order.
/// </summary>
[GenerateSerializer]
[Alias("deal-order.not-created.v1")]
public sealed record StoreOrderNotCreated(string Reason, bool Refused);
