using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansSync.Stores.Connectors;

namespace OrleansSync.Stores.BigCommerce;

public static class BigCommerceServiceCollectionExtensions
{
    /// <summary>The BigCommerce webhooks (with their API callback) and the BigCommerce <see cref="IStoreApi"/>.</summary>
    public static IServiceCollection AddBigCommerce(this IServiceCollection services)
    {
        services.AddHttpClient(BigCommerceClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(20));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BigCommerceClient>();
        services.TryAddSingleton<BigCommerceWebhooks>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreApi, BigCommerceStoreApi>());
        return services;
    }
}
