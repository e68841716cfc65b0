namespace OrleansSync.Grains.DealOrders;

/// <summary>Store order writer → deal-order grain: the deal's store order exists (created now, or found from an earlier attempt).</summary>
[GenerateSerializer]
[Alias("deal-order.created.v1")]
public sealed record StoreOrderCreated(string StoreId, string PlatformOrderId);
