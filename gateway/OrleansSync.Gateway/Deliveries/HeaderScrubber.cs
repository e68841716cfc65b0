using Microsoft.AspNetCore.Http;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// Copies request headers for a kept delivery, with the value of every secret-bearing header
/// (credentials, cookies, signatures) replaced by a marker: an operator sees that it was sent, not what.
/// </summary>
public static class HeaderScrubber
{
    public const string Redacted = "[redacted]";

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization",
        "Proxy-Authorization",
        "Cookie",
        "Set-Cookie",
        "X-WC-Webhook-Signature",
        "X-Shopify-Hmac-Sha256",
        "Shopify-Hmac-Sha256",
        "X-OrleansSync-Signature",
        "X-Api-Key",
    };

    private static readonly string[] SecretWords = ["secret", "token", "password", "signature", "hmac", "api-key", "apikey"];

    public static IReadOnlyDictionary<string, string> Scrub(IHeaderDictionary headers)
    {
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            copy[name] = IsSecret(name) ? Redacted : value.ToString();
        }

        return copy;
    }

    public static bool IsSecret(string headerName) =>
        SecretHeaders.Contains(headerName) || SecretWords.Any(w => headerName.Contains(w, StringComparison.OrdinalIgnoreCase));
}
