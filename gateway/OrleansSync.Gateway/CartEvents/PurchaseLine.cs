namespace OrleansSync.Gateway.CartEvents;

/// <summary>One purchased SKU.</summary>
/// <param name="LineId">Your line id; default the SKU's position in the order.</param>
public sealed record PurchaseLine(string? Sku, string? Name = null, decimal Quantity = 1, decimal? UnitPrice = null, string? LineId = null);
