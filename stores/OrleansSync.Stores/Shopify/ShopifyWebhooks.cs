using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores;
using OrleansSync.Stores.Json;
using OrleansSync.Stores.Webhooks;

namespace OrleansSync.Stores.Shopify;

/// <summary>Shopify Admin API webhooks over HTTPS: topics, signature, event-id deduplication, shop check.</summary>
public sealed class ShopifyWebhooks : IWebhookPlatform
{
    private static readonly HashSet<string> Topics = new(StringComparer.Ordinal)
    {
        "customers/create", "customers/update", "customers/delete", "customers/enable", "customers/disable",
        "customers_email_marketing_consent/update", "customers/redact",
        "orders/create", "orders/updated", "orders/paid", "orders/fulfilled", "orders/partially_fulfilled",
        "orders/cancelled", "orders/delete",
        "refunds/create",
        "checkouts/create", "checkouts/update",
        "products/create", "products/update", "products/delete",
    };

    public StorePlatform Platform => StorePlatform.Shopify;

    public string Name => "shopify";

    public string SignatureHeader => ShopifyHeaders.Hmac;

    public bool IsHandshake(HttpRequest request, ReadOnlySpan<byte> body) => false;

    public string? SignatureOf(HttpRequest request) => ShopifyHeaders.Get(request.Headers, ShopifyHeaders.Hmac);

    public string? TopicOf(HttpRequest request) => ShopifyHeaders.Get(request.Headers, ShopifyHeaders.Topic);

    public bool IsKnownTopic(string topic) => Topics.Contains(topic);

    /// <summary>
    /// <c>X-Shopify-Event-Id</c>, Shopify's documented duplicate detector (the same event redelivered keeps it);
    /// <c>X-Shopify-Webhook-Id</c> when an older API version sends no event id.
    /// </summary>
    public string? DeliveryKeyOf(HttpRequest request, StoreOptions store, string topic, JsonElement body)
    {
        if (ShopifyHeaders.Get(request.Headers, ShopifyHeaders.EventId) is { } eventId)
        {
            return $"shopify:{store.Id}:event:{eventId}";
        }

        return ShopifyHeaders.Get(request.Headers, ShopifyHeaders.WebhookId) is { } webhookId
            ? $"shopify:{store.Id}:webhook:{webhookId}"
            : null;
    }

    public string? StoreMismatch(HttpRequest request, StoreOptions store)
    {
        if (string.IsNullOrWhiteSpace(store.PlatformStoreId))
        {
            return null;
        }

        // One app secret signs for every shop that installed the app: the signature alone does not say which shop.
        var shop = ShopifyHeaders.Get(request.Headers, ShopifyHeaders.ShopDomain);
        return string.Equals(shop, store.PlatformStoreId, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"{ShopifyHeaders.ShopDomain} '{shop}' is not the shop configured for store '{store.Id}'.";
    }

    public IReadOnlyList<ICanonicalEvent> Map(string topic, JsonElement body, RecordMappingContext context) =>
        ShopifyMapper.Map(topic, body, context);
}
