using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Stores.Connectors;

namespace OrleansSync.Stores.Simulators.WooCommerce;

public static class WooCommerceSimulatorEndpoints
{
    /// <summary>Base URL path a connector's <c>Api:BaseUrl</c> points at.</summary>
    public const string BasePath = "wp-json/wc/v3/";

    /// <summary>
    /// <c>GET /wp-json/wc/v3/{customers|products|orders}</c> with <c>modified_after</c> (GMT with <c>dates_are_gmt</c>),
    /// <c>page</c>/<c>per_page</c> (max 100) or <c>offset</c> (which wins over <c>page</c>, as in WordPress) and
    /// <c>X-WP-Total</c>/<c>X-WP-TotalPages</c>; consumer key/secret by Basic
    /// auth or query string. No rate limit (WooCommerce core has none).
    /// </summary>
    public static IEndpointRouteBuilder MapWooCommerceSimulator(this IEndpointRouteBuilder endpoints, WooCommerceSimulator store)
    {
        endpoints.MapGet("/" + BasePath + "{resource}", (string resource, HttpContext http) => List(store, resource, http));
        return endpoints;
    }

    private static IResult List(WooCommerceSimulator store, string resource, HttpContext http)
    {
        store.CountCall(http.Request.Path + http.Request.QueryString);
        if (store.Outage)
        {
            return Error(503, "simulator_outage", "The store is down (simulated outage).");
        }

        if (!Authorized(store, http.Request))
        {
            return Error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.");
        }

        StoreResource? kind = resource switch
        {
            "customers" => StoreResource.Customers,
            "products" => StoreResource.Products,
            "orders" => StoreResource.Orders,
            _ => null,
        };
        if (kind is null)
        {
            return Error(404, "rest_no_route", "No route was found matching the URL and request method.");
        }

        var query = http.Request.Query;
        var perPage = int.TryParse(query["per_page"], CultureInfo.InvariantCulture, out var pp) ? pp : 10;
        var page = int.TryParse(query["page"], CultureInfo.InvariantCulture, out var p) ? p : 1;
        var offset = int.TryParse(query["offset"], CultureInfo.InvariantCulture, out var o) ? o : (page - 1) * perPage;
        if (perPage is < 1 or > 100 || page < 1 || offset < 0)
        {
            return Error(400, "rest_invalid_param", "Invalid parameter(s): per_page, page, offset");
        }

        DateTimeOffset? after = DateTimeOffset.TryParse(query["modified_after"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var a) ? a : null;
        var matching = store.Of(kind.Value).Query(after);
        var pages = (matching.Count + perPage - 1) / perPage;
        http.Response.Headers["X-WP-Total"] = matching.Count.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-WP-TotalPages"] = pages.ToString(CultureInfo.InvariantCulture);
        var body = new JsonArray([.. matching.Skip(offset).Take(perPage).Select(r => (JsonNode)r.Record.DeepClone())]);
        return Results.Text(body.ToJsonString(), "application/json", Encoding.UTF8);
    }

    private static bool Authorized(WooCommerceSimulator store, HttpRequest request)
    {
        string? key = request.Query["consumer_key"], secret = request.Query["consumer_secret"];
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim())).Split(':', 2);
            (key, secret) = (pair[0], pair.Length > 1 ? pair[1] : null);
        }

        return key == store.ConsumerKey && secret == store.ConsumerSecret;
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Text(new JsonObject { ["code"] = code, ["message"] = message, ["data"] = new JsonObject { ["status"] = status } }.ToJsonString(), "application/json", Encoding.UTF8, status);
}
