namespace OrleansSync.Workload.Storefronts;

/// <summary>
/// One store of the workload as the gateway must be configured for it (<c>Gateway:Stores:n:*</c>): its id, platform,
/// webhook secret and the platform's own store id (WooCommerce's <c>X-WC-Webhook-Source</c>, Shopify's shop domain).
/// </summary>
public sealed record Storefront(string Id, StorePlatform Platform, string Secret, string PlatformStoreId)
{
    /// <summary>The gateway's webhook path for this store, relative to its base address.</summary>
    public string WebhookPath => Platform == StorePlatform.Shopify ? $"webhooks/shopify/{Id}" : $"webhooks/woocommerce/{Id}";

    /// <summary>The gateway's settings for this store as environment variables (<c>Gateway__Stores__{index}__…</c>).</summary>
    public IReadOnlyDictionary<string, string> GatewaySettings(int index, string portalId, string defaultCurrency) => new Dictionary<string, string>
    {
        [$"Gateway__Stores__{index}__Id"] = Id,
        [$"Gateway__Stores__{index}__Platform"] = Platform.ToString(),
        [$"Gateway__Stores__{index}__Secret"] = Secret,
        [$"Gateway__Stores__{index}__PortalId"] = portalId,
        [$"Gateway__Stores__{index}__DefaultCurrency"] = defaultCurrency,
        [$"Gateway__Stores__{index}__PlatformStoreId"] = PlatformStoreId,
    };
}
