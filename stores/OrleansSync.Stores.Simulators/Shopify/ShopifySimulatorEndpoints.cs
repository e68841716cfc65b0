using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Stores.Connectors;

namespace OrleansSync.Stores.Simulators.Shopify;

public static class ShopifySimulatorEndpoints
{
    /// <summary>Base URL path a connector's <c>Api:BaseUrl</c> points at.</summary>
    public const string BasePath = "admin/api/2024-10/";

    /// <summary>
    /// <c>GET /admin/api/2024-10/{customers|products|orders}.json</c> with <c>updated_at_min</c>, <c>limit</c> (max 250) and
    /// Link-header cursors (<c>page_info</c>, which refuses other filters), and <c>{resource}/count.json</c>.
    /// <c>X-Shopify-Access-Token</c> is checked; every call takes from the leaky bucket (<c>X-Shopify-Shop-Api-Call-Limit</c>)
    /// and a full bucket answers 429 with <c>Retry-After</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapShopifySimulator(this IEndpointRouteBuilder endpoints, ShopifySimulator store)
    {
        endpoints.MapGet("/" + BasePath + "{resource}.json", (string resource, HttpContext http) => Guard(store, http, resource, kind => List(store, kind, http)));
        endpoints.MapGet("/" + BasePath + "{resource}/count.json", (string resource, HttpContext http) => Guard(store, http, resource, kind =>
            Json(new JsonObject { ["count"] = store.Of(kind).Query(After(http.Request.Query["updated_at_min"])).Count })));
        return endpoints.MapShopifyCustomerWrites(store);
    }

    internal static IResult Guard(ShopifySimulator store, HttpContext http, string resource, Func<StoreResource, IResult> answer)
    {
        store.CountCall();
        if (store.Outage)
        {
            return Json(new JsonObject { ["errors"] = "Service unavailable (simulated outage)" }, 503);
        }

        if (http.Request.Headers["X-Shopify-Access-Token"].ToString() != store.AccessToken)
        {
            return Json(new JsonObject { ["errors"] = "[API] Invalid API key or access token (unrecognized login or wrong password)" }, 401);
        }

        if (!store.Bucket.TryTake(out var used))
        {
            store.CountThrottled();
            http.Response.Headers["Retry-After"] = "2.0";
            http.Response.Headers["X-Shopify-Shop-Api-Call-Limit"] = $"{used}/{store.Bucket.Capacity}";
            return Json(new JsonObject { ["errors"] = "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service." }, 429);
        }

        http.Response.Headers["X-Shopify-Shop-Api-Call-Limit"] = $"{used}/{store.Bucket.Capacity}";
        StoreResource? kind = resource switch
        {
            "customers" => StoreResource.Customers,
            "products" => StoreResource.Products,
            "orders" => StoreResource.Orders,
            _ => null,
        };
        return kind is null ? Json(new JsonObject { ["errors"] = "Not Found" }, 404) : answer(kind.Value);
    }

    private static IResult List(ShopifySimulator store, StoreResource kind, HttpContext http)
    {
        var query = http.Request.Query;
        var limit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out var l) ? l : 50;
        if (limit is < 1 or > 250)
        {
            return Json(new JsonObject { ["errors"] = new JsonObject { ["limit"] = "must be between 1 and 250" } }, 400);
        }

        // The cursor carries the filters of the first page and the last id served.
        string? after = query["updated_at_min"];
        long afterId = 0;
        if (query["page_info"].ToString() is { Length: > 0 } pageInfo)
        {
            if (query.Keys.Any(k => k is not ("page_info" or "limit" or "fields")))
            {
                return Json(new JsonObject { ["errors"] = new JsonObject { ["page_info"] = "Invalid value." } }, 400);
            }

            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(pageInfo)).Split('|', 2);
            afterId = long.Parse(parts[0], CultureInfo.InvariantCulture);
            after = parts[1].Length > 0 ? parts[1] : null;
        }

        var matching = store.Of(kind).Query(After(after), afterId);
        var page = matching.Take(limit).ToList();
        if (matching.Count > limit)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{page[^1].Id.ToString(CultureInfo.InvariantCulture)}|{after}"));
            var url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}?limit={limit}&page_info={Uri.EscapeDataString(token)}";
            http.Response.Headers["Link"] = $"<{url}>; rel=\"next\"";
        }

        var name = kind.ToString().ToLowerInvariant();
        return Json(new JsonObject { [name] = new JsonArray([.. page.Select(r => (JsonNode)r.Record.DeepClone())]) });
    }

    private static DateTimeOffset? After(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    internal static IResult Json(JsonObject body, int status = 200) =>
        Results.Text(body.ToJsonString(), "application/json", Encoding.UTF8, status);
}
