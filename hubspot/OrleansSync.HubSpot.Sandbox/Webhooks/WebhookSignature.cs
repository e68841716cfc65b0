using System.Security.Cryptography;
using System.Text;

namespace OrleansSync.HubSpot.Sandbox.Webhooks;

/// <summary>HubSpot's webhook signatures: v3 = Base64(HMAC-SHA256(secret, method + uri + body + timestampMs)); v1 = hex(SHA-256(secret + body)).</summary>
public static class WebhookSignature
{
    public static string V3(string clientSecret, string method, string uri, string body, long timestampMs)
    {
        var source = method.ToUpperInvariant() + uri + body + timestampMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(source)));
    }

    public static string V1(string clientSecret, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientSecret + body)));
}
