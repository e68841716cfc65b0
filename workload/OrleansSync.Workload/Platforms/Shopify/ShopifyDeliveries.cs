using OrleansSync.Workload.Storefronts;

namespace OrleansSync.Workload.Platforms.Shopify;

/// <summary>The headers Shopify sends with a webhook; a redelivery keeps every one (its event id is what marks it a repeat).</summary>
internal static class ShopifyDeliveries
{
    public const string ApiVersion = "2025-07";

    public static List<KeyValuePair<string, string>> Headers(Storefront store, string topic, byte[] body, Guid eventId, Guid webhookId, DateTimeOffset triggeredAt) =>
    [
        new("X-Shopify-Topic", topic),
        new("X-Shopify-Shop-Domain", store.PlatformStoreId),
        new("X-Shopify-API-Version", ApiVersion),
        new("X-Shopify-Webhook-Id", webhookId.ToString()),
        new("X-Shopify-Event-Id", eventId.ToString()),
        new("X-Shopify-Triggered-At", JsonBody.Iso(triggeredAt)),
        new("X-Shopify-Hmac-Sha256", WebhookSignature.Sign(store.Secret, body)),
    ];
}
