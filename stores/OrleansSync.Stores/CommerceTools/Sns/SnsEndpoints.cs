using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace OrleansSync.Stores.CommerceTools.Sns;

/// <summary>Which URLs a delivery may make us fetch: https only, on a host of <see cref="SnsOptions.HostPatterns"/>, no other port.</summary>
public sealed class SnsEndpoints(IOptions<SnsOptions> options)
{
    private readonly Regex[] _hosts = [.. options.Value.HostPatterns.Select(ToRegex)];

    public Uri? Allowed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.IsDefaultPort
        && string.IsNullOrEmpty(uri.UserInfo)
        && _hosts.Any(h => h.IsMatch(uri.IdnHost))
            ? uri
            : null;

    private static Regex ToRegex(string pattern) =>
        new("^" + Regex.Escape(pattern.Trim().ToLowerInvariant()).Replace(@"\*", "[a-z0-9-]+", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));
}
