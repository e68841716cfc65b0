using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace OrleansSync.Storage.Tests.Migrations;

public sealed class PostgresSchemaMigratorTests
{
    [PostgresFact]
    public async Task Migrate_TwiceAndConcurrently_AppliesEachScriptOnce()
    {
        await using var database = await TestDatabase.CreateAsync("migrate_concurrent", migrate: false);
        var versions = PostgresSchemaMigrator.Scripts.Select(script => script.Version).ToArray();

        // Six processes starting together, each with its own data source, then one more later.
        var racers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => MigrateAsync(database.ConnectionString)));
        var later = await MigrateAsync(database.ConnectionString);

        Assert.Equal(versions, racers.SelectMany(result => result.AppliedVersions).Order());
        Assert.Empty(later.AppliedVersions);
        Assert.All(racers.Append(later), result => Assert.Equal(versions.Max(), result.Version));
        Assert.Equal(
            PostgresSchemaMigrator.Scripts.Select(script => (script.Version, script.Name)),
            await QueryAsync(database.DataSource, "SELECT version, name FROM orleanssync_schema_migrations ORDER BY version", r => (r.GetInt32(0), r.GetString(1))));
    }

    [PostgresFact]
    public async Task Migrate_FreshDatabase_HasEveryQueryKeyThe1042ProvidersRead()
    {
        await using var database = await TestDatabase.CreateAsync("migrate_keys");

        var keys = await QueryAsync(database.DataSource, "SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey", r => r.GetString(0));

        Assert.Equal(ProviderQueryContract.Parameters.Keys.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        Assert.Contains("CleanupDefunctSiloEntriesKey", keys);
    }

    [PostgresFact]
    public async Task Migrate_FreshDatabase_QueriesUseExactlyTheParametersTheProvidersBind()
    {
        await using var database = await TestDatabase.CreateAsync("migrate_params");

        var queries = await QueryAsync(database.DataSource, "SELECT QueryKey, QueryText FROM OrleansQuery", r => (Key: r.GetString(0), Text: r.GetString(1)));

        Assert.All(queries, query => Assert.Equal(
            ProviderQueryContract.Parameters[query.Key].Order(StringComparer.Ordinal),
            OrleansQueryText.Parameters(query.Text).Order(StringComparer.Ordinal)));
    }

    [PostgresFact]
    public async Task Migrate_FreshDatabase_CreatesTheProvidersTablesAndFunctions()
    {
        await using var database = await TestDatabase.CreateAsync("migrate_objects");

        var tables = await QueryAsync(
            database.DataSource,
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'orleans%' ORDER BY tablename",
            r => r.GetString(0));
        var functions = await QueryAsync(
            database.DataSource,
            """
            SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = current_schema() AND p.proname IN
                ('delete_reminder_row', 'insert_membership', 'insert_membership_version', 'update_i_am_alive_time',
                 'update_membership', 'upsert_reminder_row', 'writetostorage')
            ORDER BY 1
            """,
            r => r.GetString(0));

        Assert.Equal(
            ["orleansmembershiptable", "orleansmembershipversiontable", "orleansquery", "orleansreminderstable", "orleansstorage", "orleanssync_schema_migrations"],
            tables);
        Assert.Equal(
            ["delete_reminder_row", "insert_membership", "insert_membership_version", "update_i_am_alive_time", "update_membership", "upsert_reminder_row", "writetostorage"],
            functions);
    }

    [PostgresFact]
    public async Task Migrate_SchemaFirstOnSearchPath_CreatesEverythingInThatSchema()
    {
        await using var database = await TestDatabase.CreateAsync("migrate_search_path", migrate: false);
        await using (var create = database.DataSource.CreateCommand("CREATE SCHEMA sync"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var inSchema = new NpgsqlConnectionStringBuilder(database.ConnectionString) { SearchPath = "sync" }.ConnectionString;
        await MigrateAsync(inSchema);

        var tables = await QueryAsync(database.DataSource, "SELECT schemaname, tablename FROM pg_tables WHERE tablename LIKE 'orleans%'", r => (Schema: r.GetString(0), Table: r.GetString(1)));
        Assert.Equal(6, tables.Count);
        Assert.All(tables, table => Assert.Equal("sync", table.Schema));
    }

    private static async Task<SchemaMigrationResult> MigrateAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        return await new PostgresSchemaMigrator(dataSource, NullLogger<PostgresSchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
    }

    private static async Task<List<T>> QueryAsync<T>(NpgsqlDataSource dataSource, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
