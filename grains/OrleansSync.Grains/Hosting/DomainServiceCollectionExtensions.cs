using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Grains.Diagnostics;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Hosting;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the domain grains need in a silo: the mapping, dispatch and grain options (validated at start), the
    /// sync clock, metrics and the portal drain. Orleans finds the grain classes themselves in this assembly. The silo
    /// registers Orleans, grain storage, reminders, the dead-letter store and the HubSpot client.
    /// </summary>
    public static IServiceCollection AddOrleansSyncDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SyncMappingOptions>().Bind(configuration.GetSection(SyncMappingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HubSpotDispatchOptions>().Bind(configuration.GetSection(HubSpotDispatchOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SyncGrainOptions>().Bind(configuration.GetSection(SyncGrainOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(SyncClock.System);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DomainMetrics>();
        services.TryAddSingleton<OperationsMetrics>();
        services.TryAddSingleton<EffectsInFlight>();
        services.TryAddSingleton<HubSpotPortalDrain>();
        MessageTypes.Include(typeof(DomainServiceCollectionExtensions).Assembly);
        return services;
    }
}
