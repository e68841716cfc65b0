namespace OrleansSync.Grains.DealOrders;

/// <summary>
/// One line item of a <see cref="HubSpotDeal"/>: <c>UnitPrice</c> is HubSpot's <c>price</c> less its per-unit
/// <c>discount</c>; the SKU comes from the line item, else from its product.
/// </summary>
public sealed record HubSpotDealLine(string Name, decimal Quantity, decimal UnitPrice, string? Sku);
