using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;

namespace OrleansSync.Gateway.Admin;

/// <summary>
/// Whether a request carries the admin token: <c>Authorization: Bearer {token}</c> (scripts), or HTTP Basic with the token
/// as the password (browsers cannot send a bearer header; the user name is not checked, <c>admin</c> by convention).
/// Compared in constant time.
/// </summary>
internal sealed class AdminCredentials(IOptions<AdminOptions> options)
{
    private readonly byte[] _token = Hash(options.Value.Token);

    public bool Present(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Matches(header["Bearer ".Length..].Trim());
        }

        return header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) && BasicPassword(header["Basic ".Length..].Trim()) is { } password && Matches(password);
    }

    private bool Matches(string presented) => CryptographicOperations.FixedTimeEquals(Hash(presented), _token);

    private static string? BasicPassword(string encoded)
    {
        var bytes = new byte[(encoded.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(encoded, bytes, out var written))
        {
            return null;
        }

        var userAndPassword = Encoding.UTF8.GetString(bytes, 0, written);
        var colon = userAndPassword.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : userAndPassword[(colon + 1)..];
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
