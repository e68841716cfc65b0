using Npgsql;

namespace OrleansSync.Storage.Tests.Persistence;

/// <summary>The grain storage write as Orleans runs it: the catalog's WriteToStorageKey text with the provider's parameter names.</summary>
public sealed class WriteToStorageTests
{
    // Regression: upstream's insert is guarded by NOT EXISTS only, so under READ COMMITTED two
    // activations of one grain (a silo declared dead that still runs) could both insert a first
    // state row; reads then find two rows.
    [PostgresFact]
    public async Task WriteToStorage_ConcurrentFirstWritesOfOneGrain_OneStoresTheOthersAreRefused()
    {
        await using var database = await TestDatabase.CreateAsync("write_first");
        var query = await WriteQueryAsync(database);

        var versions = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => FirstWriteAsync(database, query, payload: [(byte)i])));

        Assert.Equal([null, null, null, null, null, 1], versions.Order());
        await using var count = database.DataSource.CreateCommand("SELECT count(*) FROM OrleansStorage");
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [PostgresFact]
    public async Task WriteToStorage_StaleVersion_IsRefusedWithTheVersionItWasGiven()
    {
        await using var database = await TestDatabase.CreateAsync("write_stale");
        var query = await WriteQueryAsync(database);

        Assert.Equal(1, await WriteAsync(database, query, version: null, payload: [1]));
        Assert.Equal(2, await WriteAsync(database, query, version: 1, payload: [2]));
        Assert.Equal(1, await WriteAsync(database, query, version: 1, payload: [3]));
    }

    private static async Task<string> WriteQueryAsync(TestDatabase database)
    {
        await using var command = database.DataSource.CreateCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'WriteToStorageKey'");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<int?> FirstWriteAsync(TestDatabase database, string query, byte[] payload)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var version = await ExecuteAsync(connection, transaction, query, version: null, payload);

        // Commit a moment later, as a busy server would: the other writers' checks run meanwhile.
        await using (var hold = new NpgsqlCommand("SELECT pg_sleep(0.1)", connection, transaction))
        {
            await hold.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return version;
    }

    private static async Task<int?> WriteAsync(TestDatabase database, string query, int? version, byte[] payload)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return await ExecuteAsync(connection, transaction: null, query, version, payload);
    }

    private static async Task<int?> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string query, int? version, byte[] payload)
    {
        await using var command = new NpgsqlCommand(query, connection, transaction);
        command.Parameters.AddWithValue("GrainIdHash", 12345);
        command.Parameters.AddWithValue("GrainIdN0", 0L);
        command.Parameters.AddWithValue("GrainIdN1", 0L);
        command.Parameters.AddWithValue("GrainTypeHash", 678);
        command.Parameters.AddWithValue("GrainTypeString", "OrleansSync.Storage.Tests.ProbeGrain");
        command.Parameters.AddWithValue("GrainIdExtensionString", "customer-42");
        command.Parameters.AddWithValue("ServiceId", "write-tests");
        command.Parameters.Add(new NpgsqlParameter<int?>("GrainStateVersion", version) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        command.Parameters.AddWithValue("PayloadBinary", payload);
        return await command.ExecuteScalarAsync() is int stored ? stored : null;
    }
}
