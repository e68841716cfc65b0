using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>Every silo of an <see cref="AdoNetTestCluster"/>: the three ADO.NET providers on the test database.</summary>
public sealed class SiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        var connectionString = siloBuilder.Configuration[AdoNetTestCluster.ConnectionStringKey]
            ?? throw new InvalidOperationException($"{AdoNetTestCluster.ConnectionStringKey} is not configured.");

        siloBuilder
            .UseAdoNetClustering(options =>
            {
                options.Invariant = AdoNetTestCluster.Invariant;
                options.ConnectionString = connectionString;
            })
            .AddAdoNetGrainStorage(ProbeGrain.StorageName, options =>
            {
                options.Invariant = AdoNetTestCluster.Invariant;
                options.ConnectionString = connectionString;
            })
            .UseAdoNetReminderService(options =>
            {
                options.Invariant = AdoNetTestCluster.Invariant;
                options.ConnectionString = connectionString;
            })
            // Reminders every second keep the tests short; below a minute Orleans only warns.
            .Configure<ReminderOptions>(options => options.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
    }
}
