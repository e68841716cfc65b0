using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrleansSync.Storage;

namespace OrleansSync.Testing;

/// <summary>
/// A database of its own for one test, on the <see cref="TestPostgres"/> server, migrated to
/// this build's schema. Disposing it drops the database, closing whatever still uses it.
/// </summary>
public sealed partial class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string connectionString, SchemaMigrationResult migration)
    {
        Name = name;
        ConnectionString = connectionString;
        Migration = migration;
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>The database's name: the prefix and a random suffix.</summary>
    public string Name { get; }

    /// <summary>An Npgsql connection string for this database, e.g. for Orleans' ADO.NET providers.</summary>
    public string ConnectionString { get; }

    /// <summary>Connections to this database, for a test's own queries.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>What the migration run at creation applied.</summary>
    public SchemaMigrationResult Migration { get; }

    /// <summary>Creates a fresh database named <paramref name="prefix"/>_&lt;random&gt; and migrates it.</summary>
    /// <param name="prefix">Lower-case letters, digits and underscores, at most 30; names the test in <c>pg_database</c>.</param>
    /// <param name="migrate">False for an empty database, e.g. to test the migrator itself.</param>
    public static async Task<TestDatabase> CreateAsync(string prefix, bool migrate = true, CancellationToken cancellationToken = default)
    {
        if (!Prefix().IsMatch(prefix))
        {
            throw new ArgumentException("Use 1-30 lower-case letters, digits or underscores.", nameof(prefix));
        }

        var server = TestPostgres.Server;
        var name = $"{prefix}_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(TestPostgres.RequiredConnectionString) { Database = name }.ConnectionString;

        // The name is generated from a checked prefix and a GUID: safe to splice into DDL.
        await using (var create = server.CreateCommand($"CREATE DATABASE \"{name}\""))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var migration = new SchemaMigrationResult([], 0);
        if (migrate)
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            migration = await new PostgresSchemaMigrator(dataSource, NullLogger<PostgresSchemaMigrator>.Instance).MigrateAsync(cancellationToken);
        }

        return new TestDatabase(name, connectionString, migration);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();

        // Orleans' providers open plain NpgsqlConnections, pooled by connection string.
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await using var drop = TestPostgres.Server.CreateCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }

    [GeneratedRegex("^[a-z0-9_]{1,30}$")]
    private static partial Regex Prefix();
}
