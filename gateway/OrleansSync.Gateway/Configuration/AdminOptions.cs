using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Gateway.Configuration;

/// <summary>Access to the admin API and the grid dashboard (section "Gateway:Admin").</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Gateway:Admin";

    /// <summary>
    /// The public token of demo mode (the silo with no database and no stores, see the README). Accepted only while no
    /// database is configured: anything that keeps data needs a token of its own.
    /// </summary>
    public const string DemoToken = "demo-admin-token-not-for-production";

    /// <summary>
    /// Token every admin request must present (<c>Authorization: Bearer …</c>, or as the password of HTTP Basic
    /// authentication for the browser). Required: a random secret of at least 32 characters (e.g.
    /// <c>openssl rand -hex 32</c>); placeholders such as "change-me…" are refused at start (<see cref="AdminOptionsValidator"/>).
    /// Never logged.
    /// </summary>
    public string Token { get; set; } = "";

    /// <summary>Most items one list call returns. Default 100.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;
}
