using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansSync.Stores.BigCommerce;
using OrleansSync.Stores.CommerceTools;
using OrleansSync.Stores.Http;
using OrleansSync.Stores.Magento;
using OrleansSync.Stores.Shopify;
using OrleansSync.Stores.WooCommerce;

namespace OrleansSync.Stores.Connectors;

public static class StoreApiServiceCollectionExtensions
{
    /// <summary>
    /// The configured stores (<see cref="StoreCatalog"/>) and every platform's <see cref="IStoreApi"/> with its HTTP client.
    /// Each client retries transient failures briefly (<see cref="StoreResiliencePipeline"/>); what outlasts that reaches the
    /// connector, which backs off and re-reads the same cursor.
    /// </summary>
    public static IServiceCollection AddStoreApis(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => StoreCatalog.From(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddStoreHttpClient(WooCommerceApi.HttpClientName);
        services.TryAddSingleton<ShopifyCallPacer>();
        services.AddStoreHttpClient(ShopifyApi.HttpClientName)
            .AddHttpMessageHandler(sp => new ShopifyCallPacingHandler(sp.GetRequiredService<ShopifyCallPacer>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreApi, WooCommerceApi>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreApi, ShopifyApi>());
        return services.AddBigCommerce().AddMagento().AddCommerceTools();
    }
}
