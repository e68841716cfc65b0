namespace OrleansSync.Gateway.CartEvents;

/// <summary>
/// Integration point 2 (seed 003): a purchase is complete (card billed or invoice created). The person
/// becomes a HubSpot customer; the order becomes a deal closed at <see cref="ClosedAt"/>.
/// </summary>
/// <param name="OrderNumber">Required; also the deduplication key unless <see cref="EventId"/> is given.</param>
/// <param name="Email">Required.</param>
/// <param name="Revenue">Required: total revenue before tax and shipping (the seed's <c>total_revenue</c>).</param>
/// <param name="Currency">ISO 4217; default the store's currency.</param>
/// <param name="Total">What the customer paid; default revenue + tax + shipping.</param>
/// <param name="Skus">SKUs bought, when you do not send <see cref="Lines"/>.</param>
/// <param name="ClosedAt">Close date; default the time of the call.</param>
public sealed record PurchaseComplete(
    string? OrderNumber,
    string? Email,
    decimal? Revenue,
    string? Currency = null,
    decimal? Tax = null,
    decimal? Shipping = null,
    decimal? Discount = null,
    decimal? Total = null,
    IReadOnlyList<string>? Skus = null,
    IReadOnlyList<PurchaseLine>? Lines = null,
    string? FirstName = null,
    string? LastName = null,
    string? Phone = null,
    string? Company = null,
    string? Hubspotutk = null,
    string? IpAddress = null,
    string? UserAgent = null,
    string? CustomerId = null,
    string? Locale = null,
    string? Channel = null,
    string? EventId = null,
    DateTimeOffset? ClosedAt = null);
