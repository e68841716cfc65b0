namespace OrleansSync.Contracts.Context;

/// <summary>One line of an order or cart. Money is in the owning order's or cart's currency.</summary>
/// <param name="LineId">The platform's line id (stable per order); HubSpot line items are keyed on it.</param>
/// <param name="Sku">SKU; null when the platform sent none (blank SKUs are common on WooCommerce).</param>
/// <param name="Name">Display name of the product (and variant).</param>
/// <param name="Quantity">Quantity; decimal because some platforms allow fractional quantities.</param>
/// <param name="UnitPrice">Price of one unit before line discounts.</param>
/// <param name="Discount">Total discount on the line (all units).</param>
/// <param name="Tax">Total tax on the line (all units).</param>
/// <param name="ProductId">The platform's product id.</param>
/// <param name="VariantId">The platform's variant (variation) id.</param>
/// <param name="Categories">Category names or ids as the platform sent them; empty when unknown.</param>
[GenerateSerializer]
public sealed record LineItem(
    string LineId,
    string? Sku,
    string Name,
    decimal Quantity,
    decimal UnitPrice,
    decimal Discount,
    decimal Tax,
    string? ProductId,
    string? VariantId,
    IReadOnlyList<string> Categories);
