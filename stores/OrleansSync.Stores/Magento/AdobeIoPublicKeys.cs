using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace OrleansSync.Stores.Magento;

/// <summary>
/// The RSA public keys Adobe I/O Events signs with: the store's configured PEM, or the file a delivery names under the
/// store's configured key URL (only that URL, only a <c>.pem</c> path, so a delivery cannot make us fetch elsewhere),
/// cached by URL.
/// </summary>
public sealed partial class AdobeIoPublicKeys(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "adobe-io-keys";

    private readonly ConcurrentDictionary<string, string> _fetched = new(StringComparer.Ordinal);

    /// <summary>The PEM text to try for a signature whose key the delivery names as <paramref name="keyPath"/>; null when none can be had.</summary>
    public async ValueTask<string?> PemAsync(StoreOptions store, string? keyPath, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(store.SigningPublicKey))
        {
            return store.SigningPublicKey;
        }

        if (store.SigningPublicKeyBaseUrl is not { } baseUrl || keyPath is null || !KeyPath().IsMatch(keyPath))
        {
            return null;
        }

        var url = new Uri(baseUrl, keyPath.TrimStart('/')).AbsoluteUri;
        if (_fetched.TryGetValue(url, out var cached))
        {
            return cached;
        }

        try
        {
            var pem = await httpClients.CreateClient(HttpClientName).GetStringAsync(url, cancellationToken);
            _fetched[url] = pem;
            return pem;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>RSA-SHA256 (PKCS#1 v1.5) over the raw body with any public key in the PEM text.</summary>
    public static bool Verifies(string pem, ReadOnlySpan<byte> body, string? signature)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return false;
        }

        byte[] signatureBytes;
        try
        {
            signatureBytes = Convert.FromBase64String(signature.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        foreach (Match block in PemBlock().Matches(pem))
        {
            using var rsa = RSA.Create();
            try
            {
                rsa.ImportFromPem(block.Value);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (rsa.VerifyData(body, signatureBytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^/?[A-Za-z0-9/_.-]+\.pem$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPath();

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PUBLIC KEY-----[\s\S]+?-----END [A-Z ]*PUBLIC KEY-----", RegexOptions.CultureInvariant)]
    private static partial Regex PemBlock();
}
