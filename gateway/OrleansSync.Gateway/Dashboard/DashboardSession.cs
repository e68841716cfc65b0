using System.Security.Cryptography;
using System.Text;

namespace OrleansSync.Gateway.Dashboard;

/// <summary>
/// The dashboard's login session: an HttpOnly, SameSite=Strict cookie on <c>/admin</c> holding a value derived from the admin
/// token (never the token itself), so changing the token ends every session.
/// </summary>
public static class DashboardSession
{
    public const string CookieName = "orleanssync_admin";

    /// <summary>Sent by the dashboard's own scripts with every change; a cross-site form cannot set it.</summary>
    public const string RequestHeader = "X-OrleansSync-Dashboard";

    public static string ValueFor(string adminToken) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(adminToken), "orleanssync-dashboard-session-v1"u8));
}
