using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace OrleansSync.Runtime.Configuration;

/// <summary>Settings shared by every process of one grid (gateways and silos must agree on them).</summary>
public sealed class GridOptions
{
    public const string SectionName = "Grid";

    /// <summary>Number of shards. Fixed for the life of a cluster; the store refuses a different value. Default 64.</summary>
    [Range(1, 4096)]
    public int ShardCount { get; set; } = 64;

    /// <summary>PostgreSQL connection string. Empty = the in-memory provider (single process, nothing survives a restart).</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>PostgreSQL schema holding the grid's tables; lets several grids share one database. Default "orleanssync".</summary>
    [RegularExpression("^[a-z_][a-z0-9_]{0,40}$")]
    public string Schema { get; set; } = "orleanssync";

    /// <summary>How long delivery ids are remembered for deduplication. Default 7 days (covers platform retry windows).</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>JSON options for messages and state; add a source-generated context to its resolver chain for speed.</summary>
    public JsonSerializerOptions Json { get; set; } = new(JsonSerializerDefaults.Web);

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);
}
