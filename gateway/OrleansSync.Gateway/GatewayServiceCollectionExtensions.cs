using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Admin.Gdpr;
using OrleansSync.Gateway.Admin.Status;
using OrleansSync.Gateway.CartEvents;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Diagnostics;
using OrleansSync.Gateway.Stores;
using OrleansSync.Gateway.Webhooks;
using OrleansSync.Gateway.Webhooks.Shopify;
using OrleansSync.Gateway.Webhooks.WooCommerce;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.Hosting;

namespace OrleansSync.Gateway;

public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Registers the gateway: options (sections "Gateway", "Gateway:Admin", "Gateway:HubSpotBudget", validated at
    /// start), the grid client, the kept-deliveries store (PostgreSQL when Grid:PostgresConnectionString is set,
    /// sharing the grid's data source; else in memory), receivers, metrics and the OpenAPI document.
    /// The grid store itself is registered by the host (<c>AddGridStore</c>), as the silo does.
    /// </summary>
    public static IServiceCollection AddGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GatewayOptions>().Bind(configuration.GetSection(GatewayOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>());
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HubSpotBudgetOptions>().Bind(configuration.GetSection(HubSpotBudgetOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddGridClient(configuration);

        var usesPostgres = !string.IsNullOrWhiteSpace(configuration.GetSection(GridOptions.SectionName)[nameof(GridOptions.PostgresConnectionString)]);
        if (usesPostgres)
        {
            services.TryAddSingleton<PostgresGatewayRecords>();
            services.TryAddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<PostgresGatewayRecords>());
            services.TryAddSingleton<IErasureAuditLog>(sp => sp.GetRequiredService<PostgresGatewayRecords>());
        }
        else
        {
            services.TryAddSingleton<InMemoryGatewayRecords>();
            services.TryAddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<InMemoryGatewayRecords>());
            services.TryAddSingleton<IErasureAuditLog>(sp => sp.GetRequiredService<InMemoryGatewayRecords>());
        }

        services.AddHostedService<GatewaySchemaInitializer>();
        services.TryAddSingleton<GatewayMetrics>();
        services.TryAddSingleton<StoreRegistry>();
        services.TryAddSingleton<DeliveryRecorder>();
        services.TryAddSingleton<EventIngestor>();
        services.TryAddSingleton<WebhookReceiver>();
        services.TryAddSingleton<WooCommerceWebhooks>();
        services.TryAddSingleton<ShopifyWebhooks>();
        services.TryAddSingleton<CartEventsReceiver>();
        services.TryAddSingleton<ClusterStatusReader>();
        services.TryAddSingleton<CustomerEraser>();

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, GatewayJsonContext.Default));
        services.AddOpenApi();
        return services;
    }
}
