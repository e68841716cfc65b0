using System.Security.Cryptography;
using System.Text;

namespace OrleansSync.Workload.Platforms;

/// <summary>
/// The signature WooCommerce (<c>X-WC-Webhook-Signature</c>) and Shopify (<c>X-Shopify-Hmac-Sha256</c>) put on a
/// webhook: base64 of HMAC-SHA256 over the exact body bytes, keyed with the webhook or app secret.
/// </summary>
public static class WebhookSignature
{
    public static string Sign(string secret, byte[] body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool Verify(string secret, byte[] body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(signature));
}
