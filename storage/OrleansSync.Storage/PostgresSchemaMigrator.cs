using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace OrleansSync.Storage;

/// <summary>
/// Brings a PostgreSQL database up to this build's schema: the tables, functions and
/// <c>OrleansQuery</c> rows that Orleans' ADO.NET clustering, persistence and reminder providers
/// need, then our own tables. Scripts are the embedded <c>Migrations/NNNN_name.sql</c> files
/// (<see cref="Scripts"/>); adding one is dropping a file there.
/// </summary>
/// <remarks>
/// Everything is created in the first schema of the connection's <c>search_path</c>. Each
/// script runs in its own transaction, together with its row in
/// <c>orleanssync_schema_migrations</c>, under a transaction-scoped advisory lock: processes
/// that start together wait for each other, and each script is applied exactly once.
/// </remarks>
public sealed class PostgresSchemaMigrator(NpgsqlDataSource dataSource, ILogger<PostgresSchemaMigrator> logger)
{
    // "ORLSYNC1". Beyond the int range, so no key taken with hashtext() can equal it.
    private const long MigrationLockKey = 0x4F52_4C53_594E_4331;

    private const string LockSql = "SELECT pg_advisory_xact_lock(@key)";

    private const string CreateHistorySql = """
        CREATE TABLE IF NOT EXISTS orleanssync_schema_migrations
        (
            version    integer     PRIMARY KEY,
            name       text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """;

    private const string ReadHistorySql = "SELECT version FROM orleanssync_schema_migrations";

    private const string RecordSql = "INSERT INTO orleanssync_schema_migrations (version, name) VALUES (@version, @name)";

    /// <summary>Every script this build carries, in the order they are applied.</summary>
    public static IReadOnlyList<SchemaScript> Scripts => EmbeddedSchemaScripts.All;

    /// <summary>Applies, in version order, every script the database has not recorded yet.</summary>
    public async Task<SchemaMigrationResult> MigrateAsync(CancellationToken cancellationToken)
    {
        var applied = new List<int>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        while (true)
        {
            // One transaction per script: the lock is taken again each round, and what the
            // database has recorded is read under it, so a script another process applied
            // while this one waited is not applied twice.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, LockSql, cancellationToken, new NpgsqlParameter<long>("key", MigrationLockKey));
            await ExecuteAsync(connection, transaction, CreateHistorySql, cancellationToken);
            var recorded = await ReadRecordedAsync(connection, transaction, cancellationToken);

            var next = Scripts.FirstOrDefault(script => !recorded.Contains(script.Version));
            if (next is null)
            {
                await transaction.CommitAsync(cancellationToken);
                return Finish(applied, recorded);
            }

            var started = Stopwatch.GetTimestamp();
            await ExecuteAsync(connection, transaction, next.Sql, cancellationToken);
            await ExecuteAsync(
                connection,
                transaction,
                RecordSql,
                cancellationToken,
                new NpgsqlParameter<int>("version", next.Version),
                new NpgsqlParameter<string>("name", next.Name));
            await transaction.CommitAsync(cancellationToken);

            applied.Add(next.Version);
            SchemaMigrationLog.Applied(logger, next.Version, next.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private SchemaMigrationResult Finish(List<int> applied, HashSet<int> recorded)
    {
        var unknown = recorded.Where(version => Scripts.All(script => script.Version != version)).Order().ToArray();
        if (unknown.Length > 0)
        {
            SchemaMigrationLog.DatabaseAhead(logger, string.Join(", ", unknown));
        }

        var version = recorded.Count == 0 ? 0 : recorded.Max();
        SchemaMigrationLog.UpToDate(logger, version, applied.Count);
        return new SchemaMigrationResult(applied, version);
    }

    private static async Task<HashSet<int>> ReadRecordedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var versions = new HashSet<int>();
        await using var command = new NpgsqlCommand(ReadHistorySql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string sql,
        CancellationToken cancellationToken,
        params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
