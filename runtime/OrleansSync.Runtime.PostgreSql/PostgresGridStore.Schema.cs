using Npgsql;
using OrleansSync.Runtime.PostgreSql.Schema;

namespace OrleansSync.Runtime.PostgreSql;

public sealed partial class PostgresGridStore
{
    /// <summary>Applies missing migrations under a transaction-scoped advisory lock, so two silos starting together are safe.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, tx, "SELECT pg_advisory_xact_lock(hashtext(@lock))", cancellationToken, P("lock", $"orleanssync.schema.{_s}"));
        await Execute(connection, tx, $"CREATE SCHEMA IF NOT EXISTS {_s}; CREATE TABLE IF NOT EXISTS {_s}.schema_version (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken);

        await using (var read = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {_s}.schema_version", connection, tx))
        {
            var applied = (int)(await read.ExecuteScalarAsync(cancellationToken))!;
            var migrations = GridSchemaScript.Migrations(_s);
            for (var version = applied + 1; version <= migrations.Count; version++)
            {
                await Execute(connection, tx, migrations[version - 1], cancellationToken);
                await Execute(connection, tx, $"INSERT INTO {_s}.schema_version (version) VALUES (@v)", cancellationToken, P("v", version));
            }
        }

        await Execute(connection, tx, $"INSERT INTO {_s}.cluster (id, shard_count) VALUES (1, @count) ON CONFLICT (id) DO NOTHING", cancellationToken, P("count", _shardCount));
        await using (var check = new NpgsqlCommand($"SELECT shard_count FROM {_s}.cluster WHERE id = 1", connection, tx))
        {
            var stored = (int)(await check.ExecuteScalarAsync(cancellationToken))!;
            if (stored != _shardCount)
            {
                throw new ShardCountMismatchException(_s, stored, _shardCount);
            }
        }

        await tx.CommitAsync(cancellationToken);
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
