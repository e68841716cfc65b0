using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Storage;
using OrleansSync.Storage.DeadLetters;
using OrleansSync.Storage.Orleans;

namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>
/// A grain whose PostgreSQL fails answers its caller with <see cref="StorageUnavailableException"/>. Npgsql's own
/// exceptions have no Orleans codec: the caller got no answer and waited for its response timeout (issue 10).
/// </summary>
public sealed class StorageOutageTests
{
    [PostgresFact]
    public async Task Write_DatabaseRefusesConnections_CallerGetsStorageUnavailable()
    {
        await using var database = await TestDatabase.CreateAsync("outage_conn");
        await using var cluster = await StartAsync(database);
        var grain = cluster.Client.GetGrain<IOutageProbeGrain>("customer-1");
        await grain.Write("before");

        await RefuseConnectionsAsync(database, refuse: true);
        try
        {
            var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => grain.Write("during"));

            Assert.Contains("PostgreSQL is unavailable", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await RefuseConnectionsAsync(database, refuse: false);
        }
    }

    [PostgresFact]
    public async Task Activate_StateTableGone_CallerGetsStorageUnavailableWithTheSqlState()
    {
        await using var database = await TestDatabase.CreateAsync("outage_activate");
        await using var cluster = await StartAsync(database);
        await DropAsync(database, "orleansstorage");

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => cluster.Client.GetGrain<IOutageProbeGrain>("customer-2").Write("x"));

        Assert.Equal("42P01", error.SqlState);
    }

    [PostgresFact]
    public async Task OwnStore_DeadLetterTableGone_CallerGetsStorageUnavailableWithTheSqlState()
    {
        await using var database = await TestDatabase.CreateAsync("outage_store");
        await using var cluster = await StartAsync(database);
        var grain = cluster.Client.GetGrain<IOutageProbeGrain>("customer-3");
        await grain.Write("active");
        await DropAsync(database, "sync_dead_letters");

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => grain.KeepDeadLetter("handler failed"));

        Assert.Equal("42P01", error.SqlState);
    }

    private static async Task<InProcessTestCluster> StartAsync(TestDatabase database)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UseGridPersistence(new GridOptions { PostgresConnectionString = database.ConnectionString });
            silo.Services.AddSingleton<IDeadLetterStore>(_ => new PostgresDeadLetterStore(database.DataSource));
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    // An outage as the silo sees it: its open connections are cut and new ones are refused.
    private static async Task RefuseConnectionsAsync(TestDatabase database, bool refuse)
    {
        await using var server = Npgsql.NpgsqlDataSource.Create(TestPostgres.RequiredConnectionString);
        await using (var alter = server.CreateCommand($"ALTER DATABASE \"{database.Name}\" ALLOW_CONNECTIONS {(refuse ? "false" : "true")}"))
        {
            await alter.ExecuteNonQueryAsync();
        }

        if (refuse)
        {
            await using var terminate = server.CreateCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name");
            terminate.Parameters.AddWithValue("name", database.Name);
            await terminate.ExecuteNonQueryAsync();
        }
    }

    private static async Task DropAsync(TestDatabase database, string table)
    {
        await using var drop = database.DataSource.CreateCommand($"DROP TABLE {table} CASCADE");
        await drop.ExecuteNonQueryAsync();
    }
}
