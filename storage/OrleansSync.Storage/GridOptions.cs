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

    /// <summary>
    /// The connection string Orleans' ADO.NET providers get: <see cref="PostgresConnectionString"/> with Npgsql's
    /// <c>No Reset On Close</c>. Each of their calls opens a pooled connection for one statement in its own transaction and
    /// keeps nothing in the session, so the <c>DISCARD ALL</c> Npgsql otherwise sends when a connection goes back to the
    /// pool is a second round trip per state write, reminder and membership call for nothing.
    /// </summary>
    /// <remarks>A string Npgsql cannot read is passed on as it is: the options validator reports it at start.</remarks>
    public string? OrleansConnectionString
    {
        get
        {
            if (!UsesPostgres)
            {
                return null;
            }

            try
            {
                return new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString) { NoResetOnClose = true }.ConnectionString;
            }
            catch (ArgumentException)
            {
                return PostgresConnectionString;
            }
        }
    }
}
