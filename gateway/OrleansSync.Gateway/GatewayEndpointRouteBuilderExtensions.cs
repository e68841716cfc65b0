using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Gateway.Admin;
using OrleansSync.Gateway.CartEvents;
using OrleansSync.Gateway.HubSpotWebhooks;
using OrleansSync.Gateway.Webhooks.BigCommerce;
using OrleansSync.Gateway.Webhooks.CommerceTools;
using OrleansSync.Gateway.Webhooks.Magento;
using OrleansSync.Gateway.Webhooks.Shopify;
using OrleansSync.Gateway.Webhooks.WooCommerce;

namespace OrleansSync.Gateway;

public static class GatewayEndpointRouteBuilderExtensions
{
    /// <summary>Maps every gateway endpoint and the OpenAPI document (<c>/openapi/v1.json</c>).</summary>
    public static IEndpointRouteBuilder MapGateway(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWooCommerceWebhooks();
        endpoints.MapShopifyWebhooks();
        endpoints.MapHubSpotWebhooks();
        endpoints.MapBigCommerceWebhooks();
        endpoints.MapMagentoWebhooks();
        endpoints.MapCommerceToolsWebhooks();
        endpoints.MapCartEventsApi();
        endpoints.MapAdminApi();
        endpoints.MapOpenApi();
        return endpoints;
    }
}
