using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>Posts deliveries exactly as each platform sends them: the same headers, signed over the exact bytes.</summary>
public static class Deliver
{
    public static string Sign(string secret, byte[] body) => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>As <c>WC_Webhook::deliver</c>: JSON body, X-WC-Webhook-* headers, new delivery id each time unless given.</summary>
    public static Task<HttpResponseMessage> WooCommerceAsync(
        HttpClient client, string topic, byte[] body, string? secret = TestStores.WooSecret, string? deliveryId = null, string store = TestStores.Woo)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/woocommerce/{store}") { Content = Json(body) };
        request.Headers.UserAgent.ParseAdd("WooCommerce/9.8.0 Hookshot (WordPress/6.8.1)");
        request.Headers.Add("X-WC-Webhook-Source", "https://shop.example.com/");
        request.Headers.Add("X-WC-Webhook-Topic", topic);
        request.Headers.Add("X-WC-Webhook-Resource", topic.Split('.')[0]);
        request.Headers.Add("X-WC-Webhook-Event", topic.Split('.')[1]);
        request.Headers.Add("X-WC-Webhook-ID", "17");
        request.Headers.Add("X-WC-Webhook-Delivery-ID", deliveryId ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        if (secret is not null)
        {
            request.Headers.Add("X-WC-Webhook-Signature", Sign(secret, body));
        }

        return client.SendAsync(request);
    }

    /// <summary>As Shopify's HTTPS delivery (classic X-Shopify-* headers, or the newer un-prefixed "events" spelling).</summary>
    public static Task<HttpResponseMessage> ShopifyAsync(
        HttpClient client, string topic, byte[] body, string eventId, string? secret = TestStores.ShopifySecret, bool eventsStyle = false, string shop = TestStores.ShopDomain)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/shopify/{TestStores.Shopify}") { Content = Json(body) };
        var prefix = eventsStyle ? "" : "X-";
        request.Headers.Add($"{prefix}Shopify-Topic", topic);
        request.Headers.Add($"{prefix}Shopify-Shop-Domain", shop);
        request.Headers.Add($"{prefix}Shopify-API-Version", "2025-07");
        request.Headers.Add($"{prefix}Shopify-Webhook-Id", Guid.NewGuid().ToString());
        request.Headers.Add($"{prefix}Shopify-Event-Id", eventId);
        request.Headers.Add($"{prefix}Shopify-Triggered-At", "2026-01-01T09:00:00.000Z");
        if (secret is not null)
        {
            request.Headers.Add($"{prefix}Shopify-Hmac-Sha256", Sign(secret, body));
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> GenericAsync(HttpClient client, string path, byte[] body, string? secret = TestStores.GenericSecret, string store = TestStores.Generic)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/carts/{store}/{path}") { Content = Json(body) };
        if (secret is not null)
        {
            request.Headers.Add("X-OrleansSync-Signature", Sign(secret, body));
        }

        return client.SendAsync(request);
    }

    public static byte[] Utf8(object value) => JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions.Web);

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
