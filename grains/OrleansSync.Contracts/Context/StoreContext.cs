namespace OrleansSync.Contracts.Context;

/// <summary>
/// Where an event comes from and where it syncs to: the configured store, the HubSpot portal it
/// syncs with, and the sales channel, locale and currency the event was made in.
/// </summary>
/// <param name="StoreId">The gateway's configured store id (stable; not the shop domain).</param>
/// <param name="Platform">The store's platform.</param>
/// <param name="PortalId">The HubSpot portal (hub id) this store syncs to.</param>
/// <param name="Channel">Sales channel (e.g. Shopify <c>source_name</c> "web", "pos"); null when not sent and no default is configured.</param>
/// <param name="Locale">BCP 47 locale (e.g. "en-US"); null when unknown.</param>
/// <param name="Currency">ISO 4217 code of the event's money; null when the event carries no money and no default is configured.</param>
[GenerateSerializer]
public sealed record StoreContext(
    string StoreId,
    StorePlatform Platform,
    string PortalId,
    string? Channel,
    string? Locale,
    string? Currency);
