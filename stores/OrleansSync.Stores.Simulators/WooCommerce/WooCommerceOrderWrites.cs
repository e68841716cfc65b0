using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Stores.Connectors;

namespace OrleansSync.Stores.Simulators.WooCommerce;

/// <summary>
/// Order creation in the simulated WooCommerce API: <c>POST /wp-json/wc/v3/orders</c> makes an order from the body's
/// <c>status</c>, <c>billing</c>, <c>line_items</c> (a known <c>product_id</c> gives the line its product's name and SKU;
/// <c>total</c> sets its price) and <c>meta_data</c>, totals it, and answers it whole with 201, as WooCommerce does. Every
/// created order is kept in <see cref="Created"/>.
/// </summary>
public sealed class WooCommerceOrderWrites(WooCommerceSimulator store, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentQueue<JsonObject> _created = new();
    private readonly Lock _ids = new();
    private int _refused;

    /// <summary>Orders created, in order.</summary>
    public IReadOnlyList<JsonObject> Created => [.. _created];

    /// <summary>Creations answered with an error (outage, refusal, auth).</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>When set, every creation is answered with this 4xx (e.g. 400, an invalid order), as a store that will never take it.</summary>
    public int? RefuseWith { get; set; }

    /// <summary>
    /// Awaited after the order is stored and before the answer is sent (e.g. to deliver the store's order.created webhook
    /// first, as a real store may).
    /// </summary>
    public Func<JsonObject, Task>? BeforeAnswer { get; set; }

    public IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/" + WooCommerceSimulatorEndpoints.BasePath + "orders", (Delegate)((HttpContext http) => PostAsync(http)));
        return endpoints;
    }

    private async Task<IResult> PostAsync(HttpContext http)
    {
        store.CountCall(http.Request.Path + http.Request.QueryString);
        if (store.Outage || RefuseWith is not null || !Authorized(http.Request))
        {
            Interlocked.Increment(ref _refused);
            return store.Outage ? Error(503, "simulator_outage", "The store is down (simulated outage).")
                : RefuseWith is { } status ? Error(status, "woocommerce_rest_invalid_order", "The order could not be created (simulated refusal).")
                : Error(401, "woocommerce_rest_cannot_create", "Sorry, you are not allowed to create resources.");
        }

        if (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) is not JsonObject body)
        {
            Interlocked.Increment(ref _refused);
            return Error(400, "rest_invalid_json", "Invalid JSON body passed.");
        }

        var order = Create(body);
        _created.Enqueue(order.DeepClone().AsObject());
        if (BeforeAnswer is { } before)
        {
            await before(order.DeepClone().AsObject());
        }

        return Results.Text(order.ToJsonString(), "application/json", Encoding.UTF8, StatusCodes.Status201Created);
    }

    private JsonObject Create(JsonObject body)
    {
        var now = WooCommerceGenerator.Gmt(_time.GetUtcNow());
        lock (_ids)
        {
            var id = store.Orders.Query(null).Select(r => r.Id).DefaultIfEmpty(0).Max() + 1;
            var lines = new JsonArray();
            var total = 0m;
            var n = 0;
            foreach (var line in (body["line_items"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var quantity = Number(line["quantity"]) ?? 1m;
                var product = Number(line["product_id"]) is { } productId && store.Products.Query(null).FirstOrDefault(p => p.Id == (long)productId).Record is { } known ? known : null;
                var price = Number(product?["price"]) ?? 0m;
                var amount = Number(line["total"]) ?? (price * quantity);
                total += amount;
                lines.Add(new JsonObject
                {
                    ["id"] = (id * 100L) + n++,
                    ["name"] = (string?)product?["name"] ?? (string?)line["name"] ?? "",
                    ["product_id"] = product is null ? 0 : (long)Number(line["product_id"])!,
                    ["variation_id"] = 0,
                    ["quantity"] = quantity,
                    ["subtotal"] = Money(Number(line["subtotal"]) ?? amount),
                    ["total"] = Money(amount),
                    ["total_tax"] = "0.00",
                    ["sku"] = (string?)product?["sku"] ?? "",
                });
            }

            var meta = new JsonArray();
            foreach (var entry in (body["meta_data"] as JsonArray ?? []).OfType<JsonObject>())
            {
                meta.Add(new JsonObject { ["id"] = (id * 100L) + n++, ["key"] = entry["key"]?.DeepClone(), ["value"] = entry["value"]?.DeepClone() });
            }

            var order = new JsonObject
            {
                ["id"] = id,
                ["number"] = id.ToString(CultureInfo.InvariantCulture),
                ["status"] = (string?)body["status"] ?? "pending",
                ["currency"] = (string?)body["currency"] ?? "USD",
                ["created_via"] = "rest-api",
                ["customer_id"] = body["customer_id"]?.DeepClone() ?? 0,
                ["date_created_gmt"] = now,
                ["date_modified_gmt"] = now,
                ["date_paid_gmt"] = null,
                ["discount_total"] = "0.00",
                ["shipping_total"] = "0.00",
                ["total_tax"] = "0.00",
                ["total"] = Money(total),
                ["billing"] = body["billing"]?.DeepClone() ?? new JsonObject(),
                ["shipping"] = new JsonObject(),
                ["line_items"] = lines,
                ["meta_data"] = meta,
            };
            store.Put(StoreResource.Orders, order);
            return order;
        }
    }

    private static decimal? Number(JsonNode? node) =>
        node is JsonValue value && decimal.TryParse(value.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Money(decimal amount) => decimal.Round(amount, 2).ToString("0.00", CultureInfo.InvariantCulture);

    private bool Authorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return false;
        }

        var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim())).Split(':', 2);
        return pair.Length == 2 && pair[0] == store.ConsumerKey && pair[1] == store.ConsumerSecret;
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Text(new JsonObject { ["code"] = code, ["message"] = message, ["data"] = new JsonObject { ["status"] = status.ToString(CultureInfo.InvariantCulture) } }.ToJsonString(), "application/json", Encoding.UTF8, status);
}
