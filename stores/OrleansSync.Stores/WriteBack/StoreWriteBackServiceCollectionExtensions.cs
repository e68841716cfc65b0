using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansSync.Stores.BigCommerce;
using OrleansSync.Stores.CommerceTools;
using OrleansSync.Stores.Magento;
using OrleansSync.Stores.Shopify;
using OrleansSync.Stores.WooCommerce;

namespace OrleansSync.Stores.WriteBack;

public static class StoreWriteBackServiceCollectionExtensions
{
    /// <summary>
    /// The configured stores (<see cref="StoreCatalog"/>), each platform's <see cref="IStoreCustomerWriter"/>, picked by the
    /// store's platform, and the <see cref="IStoreOrderCreator"/>s. The writers use the platform's connector client and
    /// credentials (<c>Gateway:Stores:N:Api</c>).
    /// </summary>
    public static IServiceCollection AddStoreWriteBack(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => StoreCatalog.From(configuration));
        services.AddHttpClient(WooCommerceCustomerWriter.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(ShopifyApi.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddBigCommerce().AddMagento().AddCommerceTools();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreCustomerWriter, WooCommerceCustomerWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreCustomerWriter, ShopifyCustomerWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreCustomerWriter, BigCommerceCustomerWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreCustomerWriter, MagentoCustomerWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreCustomerWriter, CommerceToolsCustomerWriter>());
        services.AddHttpClient(WooCommerceOrderCreator.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreOrderCreator, WooCommerceOrderCreator>());
        return services;
    }
}
