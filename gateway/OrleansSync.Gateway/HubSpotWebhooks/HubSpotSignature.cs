using System.Security.Cryptography;
using System.Text;

namespace OrleansSync.Gateway.HubSpotWebhooks;

/// <summary>
/// HubSpot's request signatures: v3 = Base64(HMAC-SHA256(secret, method + uri + body + timestampMs)); v2 = hex(SHA-256(secret
/// + method + uri + body)); v1 = hex(SHA-256(secret + body)). The body is hashed as the raw bytes received.
/// </summary>
public static class HubSpotSignature
{
    public static string V3(string clientSecret, string method, string uri, ReadOnlySpan<byte> body, string timestamp) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Concat(method.ToUpperInvariant() + uri, body, timestamp)));

    public static string V2(string clientSecret, string method, string uri, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(SHA256.HashData(Concat(clientSecret + method.ToUpperInvariant() + uri, body, "")));

    public static string V1(string clientSecret, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(SHA256.HashData(Concat(clientSecret, body, "")));

    /// <summary>Constant-time comparison of a received signature with the expected one (v1/v2 hex case-insensitively).</summary>
    public static bool Matches(string expected, string received) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(received.Trim()));

    /// <summary>
    /// The URI as HubSpot hashed it for v3: percent-encodings of <c>: / ? @ ! $ ' ( ) * , ;</c> decoded (HubSpot's
    /// validating-requests guide).
    /// </summary>
    public static string V3Uri(string uri)
    {
        var builder = new StringBuilder(uri);
        foreach (var (encoded, plain) in Decoded)
        {
            builder.Replace(encoded, plain).Replace(encoded.ToLowerInvariant(), plain);
        }

        return builder.ToString();
    }

    private static readonly (string Encoded, string Plain)[] Decoded =
        [("%3A", ":"), ("%2F", "/"), ("%3F", "?"), ("%40", "@"), ("%21", "!"), ("%24", "$"), ("%27", "'"), ("%28", "("), ("%29", ")"), ("%2A", "*"), ("%2C", ","), ("%3B", ";")];

    private static byte[] Concat(string prefix, ReadOnlySpan<byte> body, string suffix)
    {
        var head = Encoding.UTF8.GetBytes(prefix);
        var tail = Encoding.UTF8.GetBytes(suffix);
        var all = new byte[head.Length + body.Length + tail.Length];
        head.CopyTo(all, 0);
        body.CopyTo(all.AsSpan(head.Length));
        tail.CopyTo(all, head.Length + body.Length);
        return all;
    }
}
