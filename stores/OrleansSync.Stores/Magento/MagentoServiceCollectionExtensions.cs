using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Http;

namespace OrleansSync.Stores.Magento;

public static class MagentoServiceCollectionExtensions
{
    /// <summary>The Adobe I/O Events webhooks for Magento / Adobe Commerce (with their key source) and the Magento <see cref="IStoreApi"/>.</summary>
    public static IServiceCollection AddMagento(this IServiceCollection services)
    {
        services.AddStoreHttpClient(MagentoClient.HttpClientName);
        services.AddHttpClient(AdobeIoPublicKeys.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(5));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MagentoClient>();
        services.TryAddSingleton<AdobeIoPublicKeys>();
        services.TryAddSingleton<MagentoWebhooks>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreApi, MagentoStoreApi>());
        return services;
    }
}
