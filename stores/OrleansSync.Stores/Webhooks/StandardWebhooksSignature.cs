using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OrleansSync.Stores.Webhooks;

/// <summary>
/// The Standard Webhooks scheme (github.com/standard-webhooks/standard-webhooks), used by BigCommerce:
/// <c>webhook-signature: v1,&lt;base64 HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{body}")&gt;</c>, several
/// space-separated signatures allowed; the timestamp must be within the tolerance of now (replays are refused).
/// </summary>
public static class StandardWebhooksSignature
{
    /// <summary>The spec libraries' default tolerance.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Compute(ReadOnlySpan<byte> key, string id, string timestamp, ReadOnlySpan<byte> body) =>
        "v1," + Convert.ToBase64String(Hash(key, id, timestamp, body));

    /// <summary>
    /// The HMAC key of a secret: a <c>whsec_</c> secret is base64 after the prefix (the spec's form); any other secret is
    /// used as its UTF-8 bytes (BigCommerce: the app's client secret, which its samples base64-encode only to hand it to
    /// a spec library that decodes it again).
    /// </summary>
    public static byte[] KeyOf(string secret)
    {
        if (secret.StartsWith("whsec_", StringComparison.Ordinal))
        {
            try
            {
                return Convert.FromBase64String(secret["whsec_".Length..]);
            }
            catch (FormatException)
            {
                // Not the spec's form after all: the whole string is the key.
            }
        }

        return Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>Null when one of the presented v1 signatures matches under one of the secrets and the timestamp is fresh, else why not.</summary>
    public static string? Verify(string? id, string? timestamp, string? signatures, ReadOnlySpan<byte> body, IEnumerable<string> secrets, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(timestamp) || string.IsNullOrWhiteSpace(signatures))
        {
            return "The webhook-id, webhook-timestamp and webhook-signature headers are required.";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return "The webhook-timestamp header is not Unix seconds.";
        }

        var sent = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799));
        if ((now - sent).Duration() > Tolerance)
        {
            return $"The webhook-timestamp is {(now - sent).Duration().TotalMinutes:0} minutes from now (tolerance {Tolerance.TotalMinutes:0}): an expired or replayed delivery.";
        }

        var presented = signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.StartsWith("v1,", StringComparison.Ordinal))
            .Select(s => TryBase64(s["v1,".Length..]))
            .OfType<byte[]>()
            .ToList();
        var valid = false;
        foreach (var secret in secrets)
        {
            var expected = Hash(KeyOf(secret), id, timestamp, body);
            foreach (var candidate in presented)
            {
                valid |= CryptographicOperations.FixedTimeEquals(expected, candidate);
            }
        }

        return valid ? null : "The webhook-signature header does not match the delivery under the store's secret.";
    }

    private static byte[] Hash(ReadOnlySpan<byte> key, string id, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return HMACSHA256.HashData(key, content);
    }

    private static byte[]? TryBase64(string value)
    {
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
