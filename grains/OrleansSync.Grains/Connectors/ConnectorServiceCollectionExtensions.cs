using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansSync.Stores.Connectors;

namespace OrleansSync.Grains.Connectors;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>Store connectors in a silo: the store list and platform APIs, retry options, metrics, and the start-up step.</summary>
    public static IServiceCollection AddStoreConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddStoreApis(configuration);
        services.TryAddSingleton<ConnectorMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, StoreConnectorStarter>());
        return services;
    }
}
