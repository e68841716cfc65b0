using System.Security.Cryptography;
using System.Text;

namespace OrleansSync.Stores.Webhooks;

/// <summary>
/// base64(HMAC-SHA256(secret, raw body)): the signature WooCommerce (<c>X-WC-Webhook-Signature</c>), Shopify
/// (<c>X-Shopify-Hmac-Sha256</c>) and the generic cart events API use.
/// </summary>
public static class HmacSignature
{
    public static string Compute(string secret, ReadOnlySpan<byte> body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>True when <paramref name="signature"/> is the body's signature under one of the secrets (constant-time comparison).</summary>
    public static bool IsValid(string? signature, ReadOnlySpan<byte> body, IEnumerable<string> secrets)
    {
        Span<byte> presented = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (string.IsNullOrWhiteSpace(signature)
            || !Convert.TryFromBase64String(signature.Trim(), presented, out var written)
            || written != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var valid = false;
        foreach (var secret in secrets)
        {
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body, expected);

            // Every secret is tried (no early exit) so timing does not reveal which one matched.
            valid |= CryptographicOperations.FixedTimeEquals(expected, presented);
        }

        return valid;
    }
}
