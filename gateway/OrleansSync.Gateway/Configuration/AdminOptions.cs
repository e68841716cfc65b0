using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Gateway.Configuration;

/// <summary>Access to the admin API (section "Gateway:Admin").</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Gateway:Admin";

    /// <summary>
    /// Bearer token every admin request must present (<c>Authorization: Bearer …</c>). Required, at least
    /// 32 characters (e.g. <c>openssl rand -hex 32</c>). Never logged.
    /// </summary>
    [Required]
    [MinLength(32)]
    public string Token { get; set; } = "";

    /// <summary>Most items one list call returns. Default 100.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;
}
