using Orleans.Runtime;

namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>Real Orleans 10.4.2 silos whose cluster membership is the PostgreSQL membership table.</summary>
public sealed class ClusterMembershipTests
{
    [PostgresFact]
    public async Task Deploy_TwoSilosOnMigratedDatabase_BothJoinAsActiveThroughMembershipTable()
    {
        await using var database = await TestDatabase.CreateAsync("cluster_membership");
        await using var cluster = await AdoNetTestCluster.StartAsync(database, serviceId: "membership", silos: 2);

        var rows = await ReadMembershipAsync(database, cluster.Options.ClusterId);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal((int)SiloStatus.Active, row.Status));
        Assert.Equal(
            cluster.Silos.Select(silo => silo.SiloAddress.Endpoint.Port).Order(),
            rows.Select(row => row.Port).Order());

        // Each silo sees the other in its membership view, and the client reached a gateway it read from the table.
        var hosts = await cluster.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(2, hosts.Count);
        Assert.NotNull(await cluster.Client.GetGrain<IProbeGrain>("membership").Read());
    }

    private static async Task<List<(string Address, int Port, int Status)>> ReadMembershipAsync(TestDatabase database, string clusterId)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT Address, Port, Status FROM OrleansMembershipTable WHERE DeploymentId = @clusterId
            """);
        command.Parameters.AddWithValue("clusterId", clusterId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, int, int)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return rows;
    }
}
