using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Carts;
using OrleansSync.Grains.Customers;
using OrleansSync.Grains.Diagnostics;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Orders;
using OrleansSync.Grains.Portals;
using OrleansSync.Grains.Products;
using OrleansSync.Runtime.Hosting;

namespace OrleansSync.Grains.Hosting;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the domain grains, the mapping and dispatch options (validated at start) and the per-portal HubSpot dispatcher.
    /// The silo registers the grid (<c>AddGridSilo</c>) and the HubSpot client (<c>AddHubSpotClient</c>) itself.
    /// </summary>
    public static IServiceCollection AddOrleansSyncDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SyncMappingOptions>().Bind(configuration.GetSection(SyncMappingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HubSpotDispatchOptions>().Bind(configuration.GetSection(HubSpotDispatchOptions.SectionName)).ValidateDataAnnotations()
            .Validate(o => o.Portals.All(p => !string.IsNullOrWhiteSpace(p)), "HubSpotDispatch:Portals must not contain blank portal ids.")
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DomainMetrics>();
        services.TryAddSingleton<HubSpotPortalDrain>();
        services.AddHostedService<HubSpotPortalDispatcher>();

        services.AddGrain<CustomerGrain>(GrainTypes.Customer);
        services.AddGrain<CustomerAliasGrain>(GrainTypes.CustomerAlias);
        services.AddGrain<OrderGrain>(GrainTypes.Order);
        services.AddGrain<CartGrain>(GrainTypes.Cart);
        services.AddGrain<ProductGrain>(GrainTypes.Product);
        services.AddGrain<ProductAliasGrain>(GrainTypes.ProductAlias);
        services.AddGrain<HubSpotPortalGrain>(HubSpotPortalGrain.TypeName);
        services.AddGrain<HubSpotIdMapGrain>(HubSpotIdMapGrain.TypeName);
        return services;
    }
}
