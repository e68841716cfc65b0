using System.Security.Cryptography;
using System.Text;

namespace OrleansSync.Bench.EndToEnd;

/// <summary>Signed Shopify <c>orders/create</c> deliveries (~1.1 KB, two lines), as Shopify sends them, for the bench store.</summary>
internal static class ShopifyOrderDeliveries
{
    public const string Store = "bench-shop";
    public const string Secret = "bench-shopify-app-secret";
    public const string ShopDomain = "bench.myshopify.com";

    /// <summary>Order n buys as customer <c>buyer{n % Customers}</c> (warm-up orders as <c>warmup{n % Customers}</c>).</summary>
    public const int Customers = 5000;

    /// <summary>Warm-up orders are numbered from here, so their customers are not the measured ones.</summary>
    public const long WarmUpBase = 900_000_000;

    public const int LinesPerOrder = 2;

    public static long OrderId(long n) => 7_000_000_000_000_000L + n;

    /// <summary>The deal's <c>ecom_order_key</c> for order n.</summary>
    public static string OrderKey(long n) => $"{Store}/{OrderId(n)}";

    public static string Email(long n) => $"{(n >= WarmUpBase ? "warmup" : "buyer")}{n % Customers}@example.com";

    /// <summary>The Shopify customer id: one per email, so no delivery looks like an email change.</summary>
    public static long CustomerId(long n) => (n >= WarmUpBase ? 200_000 : 100_000) + (n % Customers);

    public static HttpRequestMessage Delivery(long n, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"webhooks/shopify/{Store}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Shopify-Topic", "orders/create");
        request.Headers.Add("X-Shopify-Shop-Domain", ShopDomain);
        request.Headers.Add("X-Shopify-API-Version", "2025-07");
        request.Headers.Add("X-Shopify-Event-Id", $"bench-{n}");
        request.Headers.Add("X-Shopify-Webhook-Id", $"bench-webhook-{n}");
        request.Headers.Add("X-Shopify-Hmac-Sha256", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body)));
        return request;
    }

    public static byte[] OrderBody(long n) => Encoding.UTF8.GetBytes($$$"""
        {"id":{{{OrderId(n)}}},"name":"#{{{n}}}","email":"{{{Email(n)}}}","created_at":"2026-01-01T09:00:00-05:00",
        "updated_at":"2026-01-01T09:05:00-05:00","processed_at":"2026-01-01T09:00:00-05:00","currency":"USD","source_name":"web",
        "financial_status":"paid","fulfillment_status":null,"subtotal_price":"40.00","total_discounts":"0.00","total_tax":"3.20",
        "total_price":"48.20","buyer_accepts_marketing":false,"tags":"","customer":{"id":{{{CustomerId(n)}}},"email":"{{{Email(n)}}}",
        "first_name":"Bench","last_name":"Buyer","state":"enabled","tags":"","email_marketing_consent":{"state":"not_subscribed","opt_in_level":null,"consent_updated_at":null}},
        "billing_address":{"first_name":"Bench","last_name":"Buyer","address1":"1 Main St","city":"Ottawa","province_code":"ON","zip":"K2P 0V6","country_code":"CA"},
        "line_items":[{"id":{{{n * 10 + 1}}},"sku":"SKU-{{{n % 300}}}","name":"Widget","quantity":2,"price":"15.00","total_discount":"0.00","product_id":1,"variant_id":2},
        {"id":{{{n * 10 + 2}}},"sku":"SKU-{{{(n + 7) % 300}}}","name":"Gadget","quantity":1,"price":"10.00","total_discount":"0.00","product_id":3,"variant_id":4}],
        "shipping_lines":[{"code":"Standard","title":"Standard","price":"5.00"}],"refunds":[],"fulfillments":[]}
        """);
}
