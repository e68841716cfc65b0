using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OrleansSync.Stores.Simulators.Hosting;

namespace OrleansSync.Stores.Simulators.Magento;

/// <summary>
/// A Magento 2 store's REST API on loopback: <c>/rest/V1/orders</c>, <c>/customers/search</c>, <c>/products</c> and
/// <c>/carts/search</c> with <c>searchCriteria</c> (filters on <c>updated_at</c> gt/gteq and any field eq, sortOrders,
/// <c>pageSize</c>/<c>currentPage</c>, clamped to the last page as Magento does) answering <c>{items, search_criteria,
/// total_count}</c>; Bearer integration token; 429 with <c>Retry-After</c>.
/// </summary>
public sealed class MagentoSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MagentoSimulator(WebApplication app, Uri baseUrl, MagentoStoreData data, string accessToken)
    {
        _app = app;
        BaseUrl = baseUrl;
        Data = data;
        AccessToken = accessToken;
    }

    public Uri BaseUrl { get; }

    public MagentoStoreData Data { get; }

    public string AccessToken { get; }

    public SimulatorFaults Faults { get; } = new();

    /// <summary>The customer writes taken by <c>PUT /rest/V1/customers/{id}</c>.</summary>
    public CustomerWriteLog CustomerWrites { get; } = new();

    public static async Task<MagentoSimulator> StartAsync(string accessToken = "magento-integration-token", TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var data = new MagentoStoreData(time ?? TimeProvider.System);
        MagentoSimulator? simulator = null;
        var (app, baseUrl) = await SimulatorHost.StartAsync(app => Map(app, () => simulator!), cancellationToken);
        simulator = new MagentoSimulator(app, baseUrl, data, accessToken);
        return simulator;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static void Map(WebApplication app, Func<MagentoSimulator> self)
    {
        app.Use(async (context, next) =>
        {
            var simulator = self();
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

            if (context.Request.Headers.Authorization != $"Bearer {simulator.AccessToken}")
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsync("""{"message":"The consumer isn't authorized to access %resources."}""");
                return;
            }

            if (simulator.Faults.TakeRateLimited())
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(simulator.Faults.RateLimitReset.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return;
            }

            await next(context);
        });

        app.MapGet("/rest/V1/orders", (HttpRequest r) => Search(self().Data.Orders.Values, r));
        app.MapGet("/rest/V1/customers/search", (HttpRequest r) => Search(self().Data.Customers.Values, r));
        app.MapGet("/rest/V1/products", (HttpRequest r) => Search(self().Data.Products.Values, r));
        app.MapGet("/rest/V1/carts/search", (HttpRequest r) => Search(self().Data.Carts.Values, r));
        app.MapGet("/rest/V1/customers/{id:long}", (long id) =>
            self().Data.Customers.TryGetValue(id, out var c) ? SimulatorResults.Json(c.DeepClone()) : NoSuchCustomer(id));
        app.MapPut("/rest/V1/customers/{id:long}", (long id, HttpRequest r) => PutCustomerAsync(self(), id, r));
        app.MapGet("/rest/V1/orders/{id:long}", (long id) => self().Data.Orders.TryGetValue(id, out var o) ? SimulatorResults.Json(o) : Results.NotFound());
    }

    private static async Task<IResult> PutCustomerAsync(MagentoSimulator simulator, long id, HttpRequest request)
    {
        JsonObject? customer = null;
        try
        {
            customer = (await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted))?["customer"] as JsonObject;
        }
        catch (JsonException)
        {
        }

        IResult? refusal = !simulator.Data.Customers.ContainsKey(id) ? NoSuchCustomer(id)
            : customer is null ? Error(400, "\"%fieldName\" is required. Enter and try again.", new JsonObject { ["fieldName"] = "customer" })
            : customer["email"]?.GetValue<string>() is not { } email || !email.Contains('@', StringComparison.Ordinal)
                ? Error(400, "\"%fieldName\" is not a valid email address.", new JsonObject { ["fieldName"] = "email" })
                : null;
        if (refusal is not null)
        {
            simulator.CustomerWrites.CountRefused();
            return refusal;
        }

        var stored = simulator.Data.ReplaceCustomer(id, customer!);
        simulator.CustomerWrites.Accepted(id.ToString(CultureInfo.InvariantCulture), new JsonObject { ["customer"] = customer!.DeepClone() }, stored);
        return SimulatorResults.Json(stored);
    }

    private static IResult NoSuchCustomer(long id) =>
        Error(404, "No such entity with %fieldName = %fieldValue", new JsonObject { ["fieldName"] = "customerId", ["fieldValue"] = id });

    private static IResult Error(int status, string message, JsonObject parameters) =>
        SimulatorResults.Json(new JsonObject { ["message"] = message, ["parameters"] = parameters }, status);

    private static IResult Search(IEnumerable<JsonObject> records, HttpRequest request)
    {
        var query = request.Query;
        var matching = records.ToList().AsEnumerable();
        for (var group = 0; query[$"searchCriteria[filter_groups][{group}][filters][0][field]"].FirstOrDefault() is { } field; group++)
        {
            var prefix = $"searchCriteria[filter_groups][{group}][filters][0]";
            var value = query[$"{prefix}[value]"].FirstOrDefault() ?? "";
            var condition = query[$"{prefix}[condition_type]"].FirstOrDefault() ?? "eq";
            matching = matching.Where(r => Matches(r[field], value, condition)).ToList();
        }

        var ordered = matching
            .OrderBy(r => r["updated_at"]!.GetValue<string>(), StringComparer.Ordinal)
            .ThenBy(r => long.Parse((r["entity_id"] ?? r["id"])!.ToJsonString(), CultureInfo.InvariantCulture))
            .ToList();
        var pageSize = int.TryParse(query["searchCriteria[pageSize]"], out var size) && size > 0 ? size : 20;
        var lastPage = Math.Max(1, (ordered.Count + pageSize - 1) / pageSize);

        // Magento answers a page past the end with the last page.
        var currentPage = Math.Min(int.TryParse(query["searchCriteria[currentPage]"], out var page) && page > 0 ? page : 1, lastPage);
        return SimulatorResults.Json(new JsonObject
        {
            ["items"] = new JsonArray([.. ordered.Skip((currentPage - 1) * pageSize).Take(pageSize).Select(r => r.DeepClone())]),
            ["search_criteria"] = new JsonObject { ["page_size"] = pageSize, ["current_page"] = currentPage },
            ["total_count"] = ordered.Count,
        });
    }

    private static bool Matches(JsonNode? node, string value, string condition)
    {
        var actual = node switch
        {
            null => "",
            JsonValue v when v.TryGetValue<bool>(out var b) => b ? "1" : "0",
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => node.ToJsonString(),
        };
        return condition switch
        {
            "gt" => string.CompareOrdinal(actual, value) > 0,
            "gteq" => string.CompareOrdinal(actual, value) >= 0,
            "lt" => string.CompareOrdinal(actual, value) < 0,
            _ => actual == value,
        };
    }
}
