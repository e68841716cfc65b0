namespace OrleansSync.Stores.WriteBack;

/// <summary>
/// An order to create in a store, as a HubSpot deal describes it: the deal's id (kept on the order, WooCommerce
/// <c>meta_data</c>, so the order's sync lands on that deal), the platform's status to create it with, the currency, the
/// buyer (the deal's contact) and the lines.
/// </summary>
public sealed record StoreOrderDraft(
    string HubSpotDealId,
    string Status,
    string? Currency,
    string? Email,
    string? FirstName,
    string? LastName,
    string? PlatformCustomerId,
    IReadOnlyList<StoreOrderLine> Lines);
