using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;

namespace OrleansSync.Gateway.Admin;

/// <summary>
/// Whether a request carries the admin token: <c>Authorization: Bearer {token}</c> (scripts), or HTTP Basic with the token
/// as the password (browsers cannot send a bearer header; the user name is not checked, <c>admin</c> by convention).
/// The dashboard's login sets a session cookie instead (<see cref="Dashboard.DashboardSession"/>): accepted for reads, and for
/// changes only with the dashboard's own request header, which a cross-site form cannot send. Compared in constant time.
/// </summary>
internal sealed class AdminCredentials(IOptions<AdminOptions> options)
{
    private readonly byte[] _token = Hash(options.Value.Token);

    private readonly byte[] _session = Hash(Dashboard.DashboardSession.ValueFor(options.Value.Token));

    public bool Present(HttpRequest request) => Describe(request) is not null;

    /// <summary>The token as typed at the dashboard's login: is it the admin token.</summary>
    public bool IsToken(string presented) => Matches(presented);

    /// <summary>How the request presented the admin token (for the audit trail), or null when it did not.</summary>
    public string? Describe(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0 && request.Cookies[Dashboard.DashboardSession.CookieName] is { } session
            && CryptographicOperations.FixedTimeEquals(Hash(session), _session)
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || request.Headers.ContainsKey(Dashboard.DashboardSession.RequestHeader)))
        {
            return "dashboard session";
        }

        return Bearer(header) ? "bearer token" : BasicUser(header) is { } user ? $"basic user '{user}'" : null;
    }

    private bool Bearer(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(header["Bearer ".Length..].Trim());

    private string? BasicUser(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) || BasicCredentials(header["Basic ".Length..].Trim()) is not { } basic || !Matches(basic.Password))
        {
            return null;
        }

        // The user name is free text the caller chose: kept short and printable for the audit trail.
        var user = new string([.. basic.User.Where(c => !char.IsControl(c)).Take(64)]);
        return user.Length == 0 ? "?" : user;
    }

    private bool Matches(string presented) => CryptographicOperations.FixedTimeEquals(Hash(presented), _token);

    private static (string User, string Password)? BasicCredentials(string encoded)
    {
        var bytes = new byte[(encoded.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(encoded, bytes, out var written))
        {
            return null;
        }

        var userAndPassword = Encoding.UTF8.GetString(bytes, 0, written);
        var colon = userAndPassword.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : (userAndPassword[..colon], userAndPassword[(colon + 1)..]);
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
