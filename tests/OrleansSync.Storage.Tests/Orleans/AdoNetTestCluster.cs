using Orleans.TestingHost;

namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>
/// Classic Orleans TestClusters whose membership, grain storage ("probe") and reminders are the
/// ADO.NET providers on a migrated <see cref="TestDatabase"/>: no test membership, so silos
/// find each other, and the client finds its gateways, through PostgreSQL.
/// </summary>
internal static class AdoNetTestCluster
{
    public const string ConnectionStringKey = "OrleansSyncTests:ConnectionString";

    public const string Invariant = "Npgsql";

    /// <summary>Starts <paramref name="silos"/> silos and a client; dispose the cluster to stop them.</summary>
    /// <param name="serviceId">Stored state and reminders belong to a service id: a later cluster with the same one sees them.</param>
    public static async Task<TestCluster> StartAsync(TestDatabase database, string serviceId, short silos = 1)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.ServiceId = serviceId;
        builder.Options.ClusterId = $"cluster-{Guid.NewGuid():N}";
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[ConnectionStringKey] = database.ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();

        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }
}
