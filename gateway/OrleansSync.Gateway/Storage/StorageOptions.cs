using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Gateway.Storage;

/// <summary>Where the gateway keeps its tables (section "Grid", shared with the silos).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Grid";

    /// <summary>
    /// Npgsql connection string of the PostgreSQL database. Default empty: everything in memory (demo mode, nothing
    /// survives a restart).
    /// </summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>PostgreSQL schema of the gateway's own tables. Default "orleanssync".</summary>
    [Required]
    [RegularExpression("^[a-z_][a-z0-9_]{0,62}$")]
    public string Schema { get; set; } = "orleanssync";

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);
}
