using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace OrleansSync.Storage.Orleans;

public static class GridSiloBuilderExtensions
{
    /// <summary>The ADO.NET invariant Orleans' providers load Npgsql by; it must be exactly this.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>The name Orleans' ADO.NET grain storage is registered under; grains use the default storage wrapping it.</summary>
    public const string PostgresStorageName = "postgres";

    /// <summary>
    /// Grain state and reminders for a silo: Orleans' ADO.NET providers on PostgreSQL (schema from our migrations) when
    /// configured, else in memory. State is stored as plain JSON (System.Text.Json, no .NET type names), so renaming or
    /// moving a state class does not orphan stored state. A grain call or activation that fails on PostgreSQL is answered
    /// with a <see cref="Contracts.Storage.StorageUnavailableException"/>, which reaches the caller at once.
    /// </summary>
    public static ISiloBuilder UseGridPersistence(this ISiloBuilder silo, GridOptions grid)
    {
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o => o.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
        silo.Services.Replace(ServiceDescriptor.Singleton<IGrainStorageSerializer, SystemTextJsonGrainStorageSerializer>());
        silo.AddIncomingGrainCallFilter<StorageFailureCallFilter>();
        if (!grid.UsesPostgres)
        {
            silo.AddMemoryGrainStorageAsDefault();
            silo.UseInMemoryReminderService();
            return silo;
        }

        silo.AddAdoNetGrainStorage(PostgresStorageName, o =>
        {
            o.Invariant = NpgsqlInvariant;
            o.ConnectionString = grid.OrleansConnectionString;
        });
        silo.Services.AddGrainStorage(
            ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
            (services, _) => new StorageFailureTranslatingGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(PostgresStorageName)));
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = NpgsqlInvariant;
            o.ConnectionString = grid.OrleansConnectionString;
        });
        return silo;
    }

    /// <summary>Membership for a silo: Orleans' ADO.NET clustering on PostgreSQL when configured, else one silo on localhost.</summary>
    public static ISiloBuilder UseGridClustering(this ISiloBuilder silo, GridOptions grid, ClusterOptions cluster, int siloPort, int gatewayPort)
    {
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
        if (!grid.UsesPostgres)
        {
            return silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
        }

        return silo.UseAdoNetClustering(o =>
        {
            o.Invariant = NpgsqlInvariant;
            o.ConnectionString = grid.OrleansConnectionString;
        });
    }
}
