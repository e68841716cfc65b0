using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace OrleansSync.Gateway.HubSpotWebhooks;

/// <summary>Checks one request's HubSpot signature under a portal's client secret; returns why it fails, or null.</summary>
public sealed class HubSpotSignatureCheck(HubSpotWebhookOptions options, TimeProvider time)
{
    public const string V3Header = "X-HubSpot-Signature-v3";
    public const string TimestampHeader = "X-HubSpot-Request-Timestamp";
    public const string LegacyHeader = "X-HubSpot-Signature";
    public const string LegacyVersionHeader = "X-HubSpot-Signature-Version";

    public SignatureFailure? Check(HttpRequest request, byte[] body, string clientSecret)
    {
        var uri = options.PublicWebhookUrl is { } url ? url.AbsoluteUri + request.QueryString : request.GetEncodedUrl();
        if (request.Headers[V3Header].FirstOrDefault() is { Length: > 0 } v3 && Accepts("v3"))
        {
            var timestamp = request.Headers[TimestampHeader].FirstOrDefault();
            if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
            {
                return new SignatureFailure("Missing timestamp", $"A v3 signature needs the {TimestampHeader} header (epoch milliseconds).");
            }

            var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(ms);
            if (age.Duration() > options.SignatureMaxAge)
            {
                return new SignatureFailure("Stale timestamp", $"The request timestamp is {age.TotalSeconds:F0} s from now; at most {options.SignatureMaxAge.TotalSeconds:F0} s is accepted.");
            }

            return HubSpotSignature.Matches(HubSpotSignature.V3(clientSecret, request.Method, HubSpotSignature.V3Uri(uri), body, timestamp!), v3)
                ? null
                : new SignatureFailure("Invalid signature", $"The {V3Header} header does not match the request under the portal's client secret.");
        }

        var version = request.Headers[LegacyVersionHeader].FirstOrDefault()?.Trim().ToLowerInvariant() ?? "v1";
        if (request.Headers[LegacyHeader].FirstOrDefault() is { Length: > 0 } legacy && version is "v1" or "v2" && Accepts(version))
        {
            var expected = version == "v1" ? HubSpotSignature.V1(clientSecret, body) : HubSpotSignature.V2(clientSecret, request.Method, uri, body);
            return HubSpotSignature.Matches(expected, legacy.ToLowerInvariant())
                ? null
                : new SignatureFailure("Invalid signature", $"The {LegacyHeader} ({version}) header does not match the request under the portal's client secret.");
        }

        return new SignatureFailure("Missing signature", $"An accepted signature is required ({string.Join(", ", options.SignatureVersions)}; v3 in {V3Header}).");
    }

    private bool Accepts(string version) => options.SignatureVersions.Contains(version, StringComparer.OrdinalIgnoreCase);
}
