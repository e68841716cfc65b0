using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Storage;

/// <summary>Where the grid keeps its state, and which Orleans cluster a process joins. Section <c>Grid</c>; every process of one deployment uses the same values.</summary>
public sealed class GridOptions
{
    public const string SectionName = "Grid";

    /// <summary>
    /// PostgreSQL (Npgsql) connection string for Orleans clustering, grain state, reminders and the sync's own tables.
    /// Empty (the default) = one process with localhost clustering and in-memory state: nothing survives a restart.
    /// </summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Orleans cluster id: silos and gateways with the same one form one cluster. Default <c>orleanssync</c>.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9._-]{1,100}$")]
    public string ClusterId { get; set; } = "orleanssync";

    /// <summary>Orleans service id. Stored grain state and reminders are keyed by it: changing it orphans them. Default <c>orleanssync</c>.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9._-]{1,100}$")]
    public string ServiceId { get; set; } = "orleanssync";

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);
}
