using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrleansSync.Stores.CommerceTools.Sns;
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

    /// <summary>
    /// The SNS endpoint's platform (<see cref="CommerceToolsSnsWebhooks"/>) beside the commercetools API it reads back
    /// through; allowed SNS hosts from <c>Gateway:Sns</c> when the host has a configuration.
    /// </summary>
    public static IServiceCollection AddCommerceToolsSns(this IServiceCollection services)
    {
        services.AddCommerceTools();
        services.AddHttpClient(SnsCertificates.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddOptions<SnsOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<SnsOptions>, SnsConfiguration>());
        services.TryAddSingleton<SnsEndpoints>();
        services.TryAddSingleton<SnsCertificates>();
        services.TryAddSingleton<CommerceToolsSnsWebhooks>();
        return services;
    }

    private sealed class SnsConfiguration(IServiceProvider services) : IConfigureOptions<SnsOptions>
    {
        public void Configure(SnsOptions options) => services.GetService<IConfiguration>()?.GetSection(SnsOptions.SectionName).Bind(options);
    }
}
