using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OrleansSync.Stores.Webhooks;

namespace OrleansSync.Stores.Simulators.BigCommerce;

/// <summary>Sends BigCommerce's thin webhook for a record, signed per Standard Webhooks as BigCommerce signs its callbacks.</summary>
public static class BigCommerceWebhookSender
{
    public static JsonObject Body(string scope, string storeHash, JsonObject data, DateTimeOffset createdAt) => new()
    {
        ["scope"] = scope,
        ["store_id"] = "1025646",
        ["data"] = data,
        ["hash"] = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(data.ToJsonString()))),
        ["created_at"] = createdAt.ToUnixTimeSeconds(),
        ["producer"] = $"stores/{storeHash}",
    };

    /// <summary>A request carrying <paramref name="body"/> with <c>webhook-id</c>, <c>webhook-timestamp</c> and <c>webhook-signature</c>.</summary>
    public static HttpRequestMessage Request(Uri target, byte[] body, string secret, DateTimeOffset timestamp, string? webhookId = null)
    {
        var id = webhookId ?? $"msg_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";
        var seconds = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", seconds);
        request.Headers.Add("webhook-signature", StandardWebhooksSignature.Compute(StandardWebhooksSignature.KeyOf(secret), id, seconds, body));
        return request;
    }

    public static Task<HttpResponseMessage> SendAsync(
        HttpClient http, Uri target, string scope, string storeHash, JsonObject data, string secret, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var body = Encoding.UTF8.GetBytes(Body(scope, storeHash, data, now).ToJsonString());
        return http.SendAsync(Request(target, body, secret, now), cancellationToken);
    }
}
