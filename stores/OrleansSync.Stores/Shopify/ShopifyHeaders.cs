using Microsoft.AspNetCore.Http;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Shopify;

/// <summary>
/// Shopify webhook headers (platform-events.md §2.2). Classic deliveries send <c>X-Shopify-*</c>, the newer
/// "events" style sends the same names without <c>X-</c>; both are read.
/// </summary>
public static class ShopifyHeaders
{
    public const string Hmac = "X-Shopify-Hmac-Sha256";
    public const string Topic = "X-Shopify-Topic";
    public const string ShopDomain = "X-Shopify-Shop-Domain";
    public const string ApiVersion = "X-Shopify-API-Version";
    public const string WebhookId = "X-Shopify-Webhook-Id";
    public const string EventId = "X-Shopify-Event-Id";
    public const string TriggeredAt = "X-Shopify-Triggered-At";

    /// <summary>The header's value under either spelling (<c>X-Shopify-Topic</c> or <c>shopify-topic</c>).</summary>
    public static string? Get(IHeaderDictionary headers, string name)
    {
        if (headers[name].FirstOrDefault() is { Length: > 0 } classic)
        {
            return classic;
        }

        return headers[name["X-".Length..]].FirstOrDefault() is { Length: > 0 } events ? events : null;
    }
}
