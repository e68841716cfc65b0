using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Customers;

/// <summary>
/// A customer as a store knows it. Null means "not sent" and must leave the HubSpot value alone;
/// an empty string is a value the store really holds blank.
/// </summary>
/// <param name="Email">Email as sent (routing normalises it); null when the platform sent none.</param>
/// <param name="PlatformCustomerId">The store's customer id; null for guests.</param>
/// <param name="HubSpotUtk">The <c>hubspotutk</c> cookie value when the store captured it.</param>
/// <param name="B2BCompany">The B2B company the customer buys for (Shopify B2B company, a plugin's company field).</param>
/// <param name="Tags">Platform tags.</param>
/// <param name="Groups">Customer groups or roles (e.g. WooCommerce role, Magento group).</param>
/// <param name="AcceptsMarketing">The store's simple marketing checkbox; null when not sent. See <paramref name="EmailConsent"/> for the full state.</param>
/// <param name="IsGuest">True when the person checked out without an account; null when unknown.</param>
/// <param name="CreatedAt">When the store created the customer.</param>
[GenerateSerializer]
public sealed record CustomerProfile(
    string? Email,
    string? FirstName,
    string? LastName,
    string? Phone,
    string? Company,
    IReadOnlyList<PostalAddress> Addresses,
    string? PlatformCustomerId,
    string? HubSpotUtk,
    MarketingConsent? EmailConsent,
    string? B2BCompany,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Groups,
    bool? AcceptsMarketing,
    bool? IsGuest,
    DateTimeOffset? CreatedAt);
