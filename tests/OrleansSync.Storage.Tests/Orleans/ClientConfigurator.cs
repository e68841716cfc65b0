using Microsoft.Extensions.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>The client of an <see cref="AdoNetTestCluster"/> finds its gateways in the membership table.</summary>
public sealed class ClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
    {
        var connectionString = configuration[AdoNetTestCluster.ConnectionStringKey]
            ?? throw new InvalidOperationException($"{AdoNetTestCluster.ConnectionStringKey} is not configured.");

        clientBuilder.UseAdoNetClustering(options =>
        {
            options.Invariant = AdoNetTestCluster.Invariant;
            options.ConnectionString = connectionString;
        });
    }
}
