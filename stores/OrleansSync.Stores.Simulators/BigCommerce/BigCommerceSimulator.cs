using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OrleansSync.Stores.Simulators.Hosting;

namespace OrleansSync.Stores.Simulators.BigCommerce;

/// <summary>
/// A BigCommerce store's REST API on loopback: <c>/stores/{hash}/v2/orders…</c> (plain arrays, 204 when empty,
/// <c>min_date_modified</c>, <c>page</c>/<c>limit</c> ≤ 250, <c>/v2/orders/count</c>) and v3 customers, catalog products,
/// carts and refunds (<c>{data, meta.pagination}</c>). <c>X-Auth-Token</c> must match; 429 answers carry
/// <c>X-Rate-Limit-Time-Reset-Ms</c> as BigCommerce's do.
/// </summary>
public sealed class BigCommerceSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BigCommerceSimulator(WebApplication app, Uri baseUrl, BigCommerceStoreData data, string storeHash, string accessToken)
    {
        _app = app;
        BaseUrl = baseUrl;
        Data = data;
        StoreHash = storeHash;
        AccessToken = accessToken;
    }

    public Uri BaseUrl { get; }

    public BigCommerceStoreData Data { get; }

    public string StoreHash { get; }

    public string AccessToken { get; }

    public SimulatorFaults Faults { get; } = new();

    /// <summary>The customer writes taken by <c>PUT /v3/customers</c> and <c>POST|PUT /v3/customers/addresses</c>.</summary>
    public CustomerWriteLog CustomerWrites { get; } = new();

    /// <summary>Requests answered (any status), for tests that count API calls.</summary>
    public int Requests => _requests;

    private int _requests;

    public static async Task<BigCommerceSimulator> StartAsync(
        string storeHash = "abc123", string accessToken = "bc-simulated-token", TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var data = new BigCommerceStoreData(time ?? TimeProvider.System);
        BigCommerceSimulator? simulator = null;
        var (app, baseUrl) = await SimulatorHost.StartAsync(app => Map(app, () => simulator!), cancellationToken);
        simulator = new BigCommerceSimulator(app, baseUrl, data, storeHash, accessToken);
        return simulator;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static void Map(WebApplication app, Func<BigCommerceSimulator> self)
    {
        app.Use(async (context, next) =>
        {
            var simulator = self();
            Interlocked.Increment(ref simulator._requests);
            if (simulator.Faults.Outage)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            if (simulator.Faults.TakeFailing())
            {
                context.Response.StatusCode = simulator.Faults.FailureStatus;
                return;
            }

            if (!context.Request.Path.StartsWithSegments($"/stores/{simulator.StoreHash}") || context.Request.Headers["X-Auth-Token"] != simulator.AccessToken)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsync("""{"status":401,"title":"Unauthorized"}""");
                return;
            }

            if (simulator.Faults.TakeRateLimited())
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers["X-Rate-Limit-Time-Reset-Ms"] = ((long)simulator.Faults.RateLimitReset.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["X-Rate-Limit-Requests-Left"] = "0";
                return;
            }

            await next(context);
        });

        var store = app.MapGroup("/stores/{hash}");
        store.MapGet("/v2/orders", (HttpRequest r) => V2List(self().Data.Orders.Values, r, "min_date_modified"));
        store.MapGet("/v2/orders/count", (HttpRequest r) =>
            SimulatorResults.Json(new JsonObject { ["count"] = Filter(self().Data.Orders.Values, r, "min_date_modified").Count(), ["statuses"] = new JsonArray() }));
        store.MapGet("/v2/orders/{id:long}", (long id) => self().Data.Orders.TryGetValue(id, out var o) ? SimulatorResults.Json(o) : Results.NotFound());
        store.MapGet("/v2/orders/{id:long}/products", (long id) =>
            self().Data.OrderProducts.TryGetValue(id, out var p) ? SimulatorResults.Json(p) : Results.NotFound());
        store.MapGet("/v3/orders/{id:long}/payment_actions/refunds", (long id) =>
            SimulatorResults.Json(new JsonObject { ["data"] = self().Data.Refunds.TryGetValue(id, out var r) ? r.DeepClone() : new JsonArray(), ["meta"] = new JsonObject() }));
        store.MapGet("/v3/customers", (HttpRequest r) =>
        {
            IEnumerable<JsonObject> customers = self().Data.Customers.Values;
            if (r.Query["id:in"].FirstOrDefault() is { } ids)
            {
                var wanted = ids.Split(',').ToHashSet(StringComparer.Ordinal);
                customers = customers.Where(c => wanted.Contains(c["id"]!.ToString()));
            }

            return V3List(customers, r);
        });
        BigCommerceCustomerWriteEndpoints.Map(store, self);
        store.MapGet("/v3/catalog/products", (HttpRequest r) => V3List(self().Data.Products.Values, r));
        store.MapGet("/v3/catalog/products/{id:long}", (long id) =>
            self().Data.Products.TryGetValue(id, out var p) ? SimulatorResults.Json(new JsonObject { ["data"] = p.DeepClone(), ["meta"] = new JsonObject() }) : Results.NotFound());
        store.MapGet("/v3/carts/{id}", (string id) =>
            self().Data.Carts.TryGetValue(id, out var c) ? SimulatorResults.Json(new JsonObject { ["data"] = c.DeepClone(), ["meta"] = new JsonObject() }) : Results.NotFound());
    }

    private static IResult V2List(IEnumerable<JsonObject> records, HttpRequest request, string minField)
    {
        var (page, limit) = Paging(request);
        var items = Filter(records, request, minField).Skip((page - 1) * limit).Take(limit).Select(o => o.DeepClone()).ToArray();
        return items.Length == 0 ? Results.NoContent() : SimulatorResults.Json(new JsonArray(items));
    }

    private static IResult V3List(IEnumerable<JsonObject> records, HttpRequest request)
    {
        var (page, limit) = Paging(request);
        var all = Filter(records, request, "date_modified:min").ToList();
        var items = all.Skip((page - 1) * limit).Take(limit).Select(o => o.DeepClone()).ToArray();
        var totalPages = (all.Count + limit - 1) / limit;
        return SimulatorResults.Json(new JsonObject
        {
            ["data"] = new JsonArray(items),
            ["meta"] = new JsonObject
            {
                ["pagination"] = new JsonObject
                {
                    ["total"] = all.Count, ["count"] = items.Length, ["per_page"] = limit, ["current_page"] = page, ["total_pages"] = totalPages,
                },
            },
        });
    }

    /// <summary>Modified at or after the filter, oldest modification first (then by id), as <c>sort=date_modified:asc</c>.</summary>
    private static IEnumerable<JsonObject> Filter(IEnumerable<JsonObject> records, HttpRequest request, string minField)
    {
        var min = request.Query[minField].FirstOrDefault() is { Length: > 0 } s
            ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : DateTimeOffset.MinValue;
        return records
            .Select(r => (Record: r, Modified: DateTimeOffset.Parse(r["date_modified"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)))
            .Where(r => r.Modified >= min)
            .OrderBy(r => r.Modified)
            .ThenBy(r => long.Parse(r.Record["id"]!.ToJsonString(), CultureInfo.InvariantCulture))
            .Select(r => r.Record)
            .ToList();
    }

    private static (int Page, int Limit) Paging(HttpRequest request)
    {
        var page = int.TryParse(request.Query["page"], out var p) && p > 0 ? p : 1;
        var limit = int.TryParse(request.Query["limit"], out var l) && l > 0 ? Math.Min(l, 250) : 50;
        return (page, limit);
    }
}
