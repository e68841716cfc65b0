namespace OrleansSync.Stores.WriteBack;

/// <summary>
/// One line of a <see cref="StoreOrderDraft"/>: the store's product (<c>PlatformProductId</c>, WooCommerce <c>product_id</c>)
/// when the SKU is known to the store, else a named line; <c>UnitPrice</c> is per unit after the line's discount.
/// </summary>
public sealed record StoreOrderLine(string Name, decimal Quantity, decimal UnitPrice, string? Sku, string? PlatformProductId);
