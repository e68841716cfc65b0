using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OrleansSync.Dashboard.Tests.Infrastructure;

/// <summary>Signed Shopify order webhooks, as a store sends them.</summary>
internal static class ShopifyWebhooks
{
    /// <summary>Posts a paid order (<c>orders/create</c>, financial status paid) for <paramref name="storeId"/>.</summary>
    public static async Task SendPaidOrderAsync(HttpClient http, string storeId, long orderId, string email, decimal total, string currency = "USD")
    {
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var amount = total.ToString("0.00", CultureInfo.InvariantCulture);
        var body = $$"""
            {"id":{{orderId}},"name":"#{{orderId}}","email":"{{email}}","created_at":"{{now}}","updated_at":"{{now}}","processed_at":"{{now}}","currency":"{{currency}}",
             "financial_status":"paid","subtotal_price":"{{amount}}","total_discounts":"0.00","total_tax":"0.00","total_price":"{{amount}}",
             "customer":{"id":{{orderId + 7}},"email":"{{email}}","first_name":"Test","last_name":"Buyer"},
             "line_items":[{"id":{{orderId * 10}},"sku":"SKU-{{orderId}}","title":"Item {{orderId}}","quantity":1,"price":"{{amount}}"}]}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/shopify/{storeId}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Shopify-Topic", "orders/create");
        request.Headers.Add("X-Shopify-Shop-Domain", $"{storeId}.myshopify.com");
        request.Headers.Add("X-Shopify-API-Version", "2025-07");
        request.Headers.Add("X-Shopify-Event-Id", Guid.NewGuid().ToString("N"));
        request.Headers.Add("X-Shopify-Hmac-Sha256", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(DashboardHost.SecretOf(storeId)), Encoding.UTF8.GetBytes(body))));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
