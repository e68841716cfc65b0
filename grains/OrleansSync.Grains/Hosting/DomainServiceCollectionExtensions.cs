using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Grains.Connectors;
using OrleansSync.Grains.Diagnostics;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Messaging;
using OrleansSync.Grains.Ownership;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Grains.Hosting;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the domain grains need in a silo: the mapping, dispatch and grain options (validated at start), the
    /// sync clock, metrics, the portal drain and the store connectors. Orleans finds the grain classes themselves in this assembly. The silo
    /// registers Orleans, grain storage, reminders, the dead-letter store and the HubSpot client.
    /// </summary>
    public static IServiceCollection AddOrleansSyncDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SyncMappingOptions>().Bind(configuration.GetSection(SyncMappingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HubSpotDispatchOptions>().Bind(configuration.GetSection(HubSpotDispatchOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SyncGrainOptions>().Bind(configuration.GetSection(SyncGrainOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FieldOwnershipOptions>().Bind(configuration.GetSection(FieldOwnershipOptions.SectionName));
        services.AddStoreWriteBack(configuration);
        services.AddMetrics();
        services.TryAddSingleton(SyncClock.System);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DomainMetrics>();
        services.TryAddSingleton<OperationsMetrics>();
        services.TryAddSingleton<EffectsInFlight>();
        services.TryAddSingleton<HubSpotPortalDrain>();
        services.AddStoreConnectors(configuration);
        MessageTypes.Include(typeof(DomainServiceCollectionExtensions).Assembly);
        return services;
    }
}
