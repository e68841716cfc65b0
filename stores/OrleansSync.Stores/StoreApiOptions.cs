namespace OrleansSync.Stores;

/// <summary>
/// How to reach a store's REST API for backfill, delta polling and write-back (<c>Gateway:Stores:N:Api</c>). What each
/// field means per platform is in the README's store sections: WooCommerce consumer key/secret as ClientId/ClientSecret;
/// Shopify admin token as AccessToken; BigCommerce X-Auth-Token as AccessToken and store hash as Account; Magento
/// integration token as AccessToken; commercetools ClientId/ClientSecret/TokenUrl and project key as Account.
/// </summary>
public sealed class StoreApiOptions
{
    /// <summary>The API's base URL (e.g. https://shop.example.com/wp-json/wc/v3/). Required for connectors.</summary>
    public Uri? BaseUrl { get; set; }

    public string? AccessToken { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>OAuth token endpoint for client-credentials platforms (commercetools).</summary>
    public Uri? TokenUrl { get; set; }

    /// <summary>The platform's account within the API: BigCommerce store hash, commercetools project key.</summary>
    public string? Account { get; set; }

    /// <summary>Records per page requested. Default 100 (capped by each platform's maximum).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>
    /// Shopify: how fast the shop's call bucket leaks (calls per second), which its answers do not say. Default the bucket's
    /// size / 20, as on Shopify's plans (40 → 2/s, 80 → 4/s, 400 → 20/s).
    /// </summary>
    public double? CallsPerSecond { get; set; }

    /// <summary>How often the delta poll runs once the backfill is done. Default 5 minutes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);
}
