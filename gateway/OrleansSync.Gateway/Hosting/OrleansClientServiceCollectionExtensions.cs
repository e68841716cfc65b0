using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Hosting;
using OrleansSync.Gateway.Storage;

namespace OrleansSync.Gateway.Hosting;

public static class OrleansClientServiceCollectionExtensions
{
    /// <summary>
    /// Makes this process an Orleans client of the OrleansSync cluster (section "Orleans"): ADO.NET clustering on the
    /// PostgreSQL of <c>Grid:PostgresConnectionString</c> when set, else localhost clustering (demo mode); a short
    /// response timeout; retries until a silo answers, in the background (<see cref="ClusterConnection"/>), so the gateway
    /// accepts deliveries before any silo is up; the grid dashboard's client; and one "ready" line once the process serves.
    /// Only for a process without a silo of its own.
    /// </summary>
    public static IServiceCollection AddOrleansSyncClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OrleansClientOptions>().Bind(configuration.GetSection(OrleansClientOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<GatewayReadyAnnouncer>();

        // The client is configured here, at registration; the bound options above are validated at start.
        var orleans = configuration.GetSection(OrleansClientOptions.SectionName).Get<OrleansClientOptions>() ?? new OrleansClientOptions();
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var hostedBefore = services.Where(d => d.ServiceType == typeof(IHostedService)).ToHashSet();
        services.AddOrleansClient(client =>
        {
            if (storage.UsesPostgres)
            {
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = storage.PostgresConnectionString;
                });
            }
            else
            {
                client.UseLocalhostClustering(orleans.LocalhostGatewayPort, orleans.ServiceId, orleans.ClusterId);
            }

            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = orleans.ClusterId;
                o.ServiceId = orleans.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = orleans.ResponseTimeout);
            client.UseConnectionRetryFilter<RetryUntilConnected>();
            client.AddDashboard(); // the grid dashboard under /admin/grid reads the silos' dashboard grains
        });

        var clientHosted = services.Where(d => d.ServiceType == typeof(IHostedService) && !hostedBefore.Contains(d)).ToList();
        foreach (var descriptor in clientHosted)
        {
            services.Remove(descriptor);
        }

        services.AddHostedService(sp => new ClusterConnection([.. clientHosted.Select(d => Resolve(sp, d))]));
        return services;
    }

    private static IHostedService Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IHostedService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
