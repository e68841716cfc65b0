using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansSync.Stores.WooCommerce;

namespace OrleansSync.Stores.WriteBack;

public static class StoreWriteBackServiceCollectionExtensions
{
    /// <summary>
    /// The configured stores (<see cref="StoreCatalog"/>), each platform's <see cref="IStoreCustomerWriter"/> and
    /// <see cref="IStoreOrderCreator"/>.
    /// </summary>
    public static IServiceCollection AddStoreWriteBack(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => StoreCatalog.From(configuration));
        services.AddHttpClient(WooCommerceCustomerWriter.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreCustomerWriter, WooCommerceCustomerWriter>());
        services.AddHttpClient(WooCommerceOrderCreator.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreOrderCreator, WooCommerceOrderCreator>());
        return services;
    }
}
