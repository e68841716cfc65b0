using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using OrleansSync.Runtime.Health;
using OrleansSync.Runtime.Testing;

namespace OrleansSync.Runtime.Tests.Health;

/// <summary>A transaction left open pins the xmin horizon and bloats the queue tables: the store's health check must say so.</summary>
public sealed class StoreHealthTests
{
    [Fact]
    public async Task CheckHealth_TransactionLeftOpen_DegradedWithTheReason()
    {
        await using var cluster = await TestCluster.StartAsync(new TestClusterOptions { Provider = GridProvider.Postgres }, silos: 0);
        var reader = cluster.GetService<IStoreHealthReader>();
        var check = new StoreHealthCheck(reader, Microsoft.Extensions.Options.Options.Create(new StoreHealthOptions { LongTransaction = TimeSpan.FromSeconds(1) }));

        await using var idleInTransaction = new NpgsqlConnection(TestPostgres.RequiredConnectionString);
        await idleInTransaction.OpenAsync();
        await using var tx = await idleInTransaction.BeginTransactionAsync();
        await using (var touch = new NpgsqlCommand("SELECT txid_current()", idleInTransaction, tx))
        {
            await touch.ExecuteScalarAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("holds back vacuum", result.Description);
        Assert.True((double)result.Data["oldestTransactionSeconds"] >= 2);
        await tx.RollbackAsync();
    }

    [Fact]
    public async Task CheckHealth_InMemoryStore_Healthy()
    {
        await using var cluster = await TestCluster.StartAsync(new TestClusterOptions(), silos: 0);
        var check = new StoreHealthCheck(cluster.GetService<IStoreHealthReader>(), Microsoft.Extensions.Options.Options.Create(new StoreHealthOptions()));

        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
    }
}
