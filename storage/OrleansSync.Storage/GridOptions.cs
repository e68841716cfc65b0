namespace OrleansSync.Storage;

/// <summary>Where the grid keeps its state. Section <c>Grid</c>; every process of one deployment uses the same value.</summary>
public sealed class GridOptions
{
    public const string SectionName = "Grid";

    /// <summary>
    /// PostgreSQL (Npgsql) connection string for Orleans clustering, grain state, reminders and the sync's own tables.
    /// Empty (the default) = one process with localhost clustering and in-memory state: nothing survives a restart.
    /// </summary>
    public string? PostgresConnectionString { get; set; }


    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);
}
