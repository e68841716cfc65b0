using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Http;

namespace OrleansSync.Stores.CommerceTools;

public static class CommerceToolsServiceCollectionExtensions
{
    /// <summary>The commercetools <see cref="IStoreApi"/> (query API and Messages) with its OAuth token cache.</summary>
    public static IServiceCollection AddCommerceTools(this IServiceCollection services)
    {
        services.AddStoreHttpClient(CommerceToolsClient.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CommerceToolsTokens>();
        services.TryAddSingleton<CommerceToolsClient>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreApi, CommerceToolsStoreApi>());
        return services;
    }
}
