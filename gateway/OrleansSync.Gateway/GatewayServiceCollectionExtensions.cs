using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using OrleansSync.Gateway.Admin;
using OrleansSync.Gateway.Admin.DeadLetters;
using OrleansSync.Gateway.Admin.Gdpr;
using OrleansSync.Gateway.Admin.Backfills;
using OrleansSync.Gateway.Admin.Grid;
using OrleansSync.Gateway.Admin.Overview;
using OrleansSync.Gateway.Admin.Status;
using OrleansSync.Gateway.CartEvents;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Diagnostics;
using OrleansSync.Gateway.HubSpotWebhooks;
using OrleansSync.Gateway.Storage;
using OrleansSync.Gateway.Stores;
using OrleansSync.Gateway.Webhooks;
using OrleansSync.Gateway.Webhooks.Shopify;
using OrleansSync.Gateway.Webhooks.WooCommerce;
using OrleansSync.Stores.BigCommerce;
using OrleansSync.Stores.CommerceTools;
using OrleansSync.Stores.Magento;
using OrleansSync.Storage;
using OrleansSync.Stores.Shopify;
using OrleansSync.Stores.WooCommerce;

namespace OrleansSync.Gateway;

public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Registers the gateway in a process that already has Orleans (an <see cref="IGrainFactory"/>: a silo co-hosting it,
    /// or an Orleans client): options (sections "Gateway", "Gateway:Admin", "Gateway:HubSpotBudget", "Deliveries",
    /// "Grid", validated at start), the delivery queue and its hand-off to the grains, the kept-deliveries store
    /// (PostgreSQL when Grid:PostgresConnectionString is set, through the process's one <see cref="NpgsqlDataSource"/>;
    /// else in memory), receivers, metrics, problem details and the OpenAPI document. The host registers the
    /// <c>IDeadLetterStore</c> the admin API reads.
    /// </summary>
    public static IServiceCollection AddGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GatewayOptions>().Bind(configuration.GetSection(GatewayOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>());
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>());
        services.AddOptions<HubSpotBudgetOptions>().Bind(configuration.GetSection(HubSpotBudgetOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>());
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.UsesPostgres)
        {
            // One data source per process: a co-hosting silo that registered its own first keeps it.
            services.TryAddSingleton(_ => NpgsqlDataSource.Create(storage.PostgresConnectionString!));
            services.TryAddSingleton<PostgresGatewayRecords>();
            services.TryAddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<PostgresGatewayRecords>());
            services.TryAddSingleton<IErasureAuditLog>(sp => sp.GetRequiredService<PostgresGatewayRecords>());
            services.TryAddSingleton<IDeliveryQueue, PostgresDeliveryQueue>();
        }
        else
        {
            services.TryAddSingleton<InMemoryGatewayRecords>();
            services.TryAddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<InMemoryGatewayRecords>());
            services.TryAddSingleton<IErasureAuditLog>(sp => sp.GetRequiredService<InMemoryGatewayRecords>());
            services.TryAddSingleton<IDeliveryQueue, InMemoryDeliveryQueue>();
        }

        // The schema first: the hand-off's first sweep reads the queue table.
        services.AddHostedService<GatewaySchemaInitializer>();
        services.TryAddSingleton<DeliveryHandOff>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryHandOff>());
        services.AddHostedService<DeliveryHousekeeping>();
        services.TryAddSingleton<DeliveryAppender>();

        services.TryAddSingleton<GatewayMetrics>();
        services.TryAddSingleton<StoreRegistry>();
        services.TryAddSingleton<DeliveryRecorder>();
        services.TryAddSingleton<EventIngestor>();
        services.TryAddSingleton<WebhookReceiver>();
        services.TryAddSingleton<WooCommerceWebhooks>();
        services.TryAddSingleton<ShopifyWebhooks>();
        services.AddBigCommerce();
        services.AddMagento();
        services.AddCommerceToolsSns();
        services.TryAddSingleton<CartEventsReceiver>();
        services.AddOptions<HubSpotWebhookOptions>().Bind(configuration.GetSection(HubSpotWebhookOptions.SectionName));
        services.TryAddSingleton<HubSpotWebhookReceiver>();
        services.TryAddSingleton<AdminCredentials>();
        services.AddGridDashboardAuthorization();
        services.TryAddSingleton<ClusterStatusReader>();
        services.TryAddSingleton<CustomerEraser>();
        services.TryAddSingleton<DeadLetterReplayer>();
        services.AddOperationsDashboard(configuration);

        services.AddDeliveryGuard();

        // UseExceptionHandler() without problem details crashes at start; a host that co-hosts the gateway gets them here.
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, GatewayJsonContext.Default));
        services.AddOpenApi();
        return services;
    }

    /// <summary>
    /// The operations dashboard's parts (section "Gateway:Dashboard"): the audit trail and reconciliation stores (through
    /// <see cref="GridStorageServiceCollectionExtensions.AddGridStorage"/>, shared with a co-hosting silo), the sampler of
    /// rates, the overview, the hand-over of the stores to the grid's scheduled checks, and the backfill rows read from the
    /// store connector grains.
    /// </summary>
    private static IServiceCollection AddOperationsDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGridStorage(configuration);
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<StoreIntake>();
        services.TryAddSingleton<OperationsTimeline>();
        services.TryAddSingleton<OverviewReader>();
        services.TryAddSingleton<IBackfillProgressSource, ConnectorBackfills>();
        services.AddHostedService<OperationsSampler>();
        services.AddHostedService<OperationsScheduler>();
        return services;
    }
}
