namespace OrleansSync.Gateway.CartEvents;

/// <summary>
/// A cart or checkout changed (items added or removed, checkout begun): any cart gets abandonment tracking through the
/// cart grain. Send the whole cart each time; an email (when known) lets the abandonment reach a HubSpot contact.
/// </summary>
/// <param name="CartId">Required: your cart's id (the same id on every call for one cart).</param>
/// <param name="Items">The cart's lines (SKU and positive quantity each); empty for an emptied cart.</param>
/// <param name="Value">The cart's value before tax and shipping; default the sum of the lines.</param>
/// <param name="Currency">ISO 4217; default the store's currency.</param>
/// <param name="RecoveryUrl">An absolute http(s) link that restores the cart, used in recovery emails.</param>
/// <param name="Stage">"cart" (default) or "checkout" (the shopper began the checkout).</param>
/// <param name="EventId">Your id of this call; the deduplication key (default a hash of the body).</param>
/// <param name="UpdatedAt">When the cart changed; default the time of the call (later calls must carry later times).</param>
public sealed record CartActivity(
    string? CartId,
    IReadOnlyList<PurchaseLine>? Items = null,
    decimal? Value = null,
    string? Currency = null,
    string? RecoveryUrl = null,
    string? Email = null,
    string? Stage = null,
    string? FirstName = null,
    string? LastName = null,
    string? Phone = null,
    string? Hubspotutk = null,
    string? CustomerId = null,
    string? IpAddress = null,
    string? UserAgent = null,
    string? Locale = null,
    string? Channel = null,
    string? EventId = null,
    DateTimeOffset? UpdatedAt = null);
