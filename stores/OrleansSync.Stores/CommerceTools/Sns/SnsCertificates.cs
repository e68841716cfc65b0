using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OrleansSync.Stores.CommerceTools.Sns;

/// <summary>The SNS signing certificates, fetched from an allowed <c>SigningCertURL</c> only (<see cref="SnsEndpoints"/>) and cached by URL.</summary>
public sealed class SnsCertificates(IHttpClientFactory httpClients, SnsEndpoints endpoints)
{
    public const string HttpClientName = "sns";

    private readonly ConcurrentDictionary<string, X509Certificate2> _fetched = new(StringComparer.Ordinal);

    /// <summary>The certificate, or why there is none.</summary>
    public async Task<(X509Certificate2? Certificate, string? Problem)> GetAsync(string? signingCertUrl, CancellationToken cancellationToken)
    {
        if (endpoints.Allowed(signingCertUrl) is not { } url)
        {
            return (null, "SigningCertURL is not an https URL on an allowed SNS host.");
        }

        if (_fetched.TryGetValue(url.AbsoluteUri, out var cached))
        {
            return (cached, null);
        }

        try
        {
            var pem = await httpClients.CreateClient(HttpClientName).GetStringAsync(url, cancellationToken);
            var certificate = X509Certificate2.CreateFromPem(pem);
            _fetched[url.AbsoluteUri] = certificate;
            return (certificate, null);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or CryptographicException or ArgumentException
            && !cancellationToken.IsCancellationRequested)
        {
            return (null, $"The signing certificate could not be had: {error.Message}");
        }
    }
}
