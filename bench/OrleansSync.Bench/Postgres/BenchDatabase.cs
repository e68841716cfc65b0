using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrleansSync.Storage;

namespace OrleansSync.Bench.Postgres;

/// <summary>
/// A fresh PostgreSQL database for one benchmark run on the server of <c>ORLEANSSYNC_TEST_POSTGRES</c>, migrated to this
/// build's schema (as <c>tests/OrleansSync.Testing/TestDatabase</c> does); disposing it drops it, closing what still uses it.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    public const string Variable = "ORLEANSSYNC_TEST_POSTGRES";

    private BenchDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    public string Name { get; }

    /// <summary>The run's database, for Orleans' providers and the silos.</summary>
    public string ConnectionString { get; }

    /// <summary>Connections for the benchmark's own queries.</summary>
    public NpgsqlDataSource DataSource { get; }

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Says how to run a PostgreSQL benchmark when no server is configured; true when one is.</summary>
    public static bool Available()
    {
        if (ServerConnectionString is not null)
        {
            return true;
        }

        Console.WriteLine($"needs PostgreSQL: set {Variable} to an Npgsql connection string of a server where this user may create databases,");
        Console.WriteLine("e.g. export ORLEANSSYNC_TEST_POSTGRES=$(scripts/dev-postgres.sh start)");
        return false;
    }

    public static async Task<BenchDatabase> CreateAsync(string prefix, CancellationToken cancellationToken)
    {
        var name = $"bench_{prefix}_{Guid.NewGuid():N}"[..40];
        await using (var server = NpgsqlDataSource.Create(ServerConnectionString!))
        await using (var create = server.CreateCommand($"CREATE DATABASE \"{name}\"")) // generated name: safe to splice
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var database = new BenchDatabase(name, new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString);
        await new PostgresSchemaMigrator(database.DataSource, NullLogger<PostgresSchemaMigrator>.Instance).MigrateAsync(cancellationToken);
        return database;
    }

    /// <summary>This database's connection string with another pool size (one pool per process and connection string).</summary>
    public string WithPoolSize(int maxPoolSize) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { MaxPoolSize = maxPoolSize }.ConnectionString;

    /// <summary><c>SHOW fsync</c> of the server: <c>on</c> or <c>off</c>.</summary>
    public static async Task<string> FsyncAsync(CancellationToken cancellationToken)
    {
        await using var server = NpgsqlDataSource.Create(ServerConnectionString!);
        await using var command = server.CreateCommand("SHOW fsync");
        return (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "unknown";
    }

    /// <summary>Host, port, server version and <c>SHOW fsync</c>: with fsync off, commits cost far less than in production.</summary>
    public static async Task<string> DescribeServerAsync(CancellationToken cancellationToken)
    {
        await using var server = NpgsqlDataSource.Create(ServerConnectionString!);
        await using var connection = await server.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SHOW fsync", connection);
        var fsync = (string?)await command.ExecuteScalarAsync(cancellationToken);
        var warning = fsync == "off" ? " (commits are not flushed to disk: figures are optimistic)" : "";
        return $"{connection.Host}:{connection.Port}, server {connection.PostgreSqlVersion}, fsync={fsync}{warning}";
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var server = NpgsqlDataSource.Create(ServerConnectionString!);
        await using var drop = server.CreateCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}
