using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Http;

namespace OrleansSync.Stores.BigCommerce;

public static class BigCommerceServiceCollectionExtensions
{
    /// <summary>The BigCommerce webhooks (with their API callback) and the BigCommerce <see cref="IStoreApi"/>.</summary>
    public static IServiceCollection AddBigCommerce(this IServiceCollection services)
    {
        services.AddStoreHttpClient(BigCommerceClient.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BigCommerceClient>();
        services.TryAddSingleton<BigCommerceWebhooks>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreApi, BigCommerceStoreApi>());
        return services;
    }
}
