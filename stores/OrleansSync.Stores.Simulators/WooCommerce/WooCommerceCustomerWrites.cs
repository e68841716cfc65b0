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
/// The write side of the simulated WooCommerce customers API: <c>PUT /wp-json/wc/v3/customers/{id}</c> merges the body's
/// fields (and its <c>billing</c>/<c>shipping</c> objects) into the customer, moves <c>date_modified_gmt</c> to now and
/// answers the whole customer, as WooCommerce does. Every accepted write is kept in <see cref="Puts"/>.
/// </summary>
public sealed class WooCommerceCustomerWrites(WooCommerceSimulator store)
{
    private readonly ConcurrentQueue<(long Id, JsonObject Body)> _puts = new();
    private int _refused;

    /// <summary>Accepted writes, in arrival order (customer id and the body sent).</summary>
    public IReadOnlyList<(long Id, JsonObject Body)> Puts => [.. _puts];

    /// <summary>Writes answered with an error (outage, auth, unknown customer).</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Raised after each accepted write with the customer as stored (e.g. to send the store's customer.updated webhook).</summary>
    public event Action<JsonObject>? Written;

    public IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/" + WooCommerceSimulatorEndpoints.BasePath + "customers/{id:long}", (long id, HttpContext http) => PutAsync(id, http));
        return endpoints;
    }

    private async Task<IResult> PutAsync(long id, HttpContext http)
    {
        var result = await AnswerAsync(id, http);
        if (result is not IStatusCodeHttpResult { StatusCode: null or 200 })
        {
            Interlocked.Increment(ref _refused);
        }

        return result;
    }

    private async Task<IResult> AnswerAsync(long id, HttpContext http)
    {
        if (store.Outage)
        {
            return Error(503, "simulator_outage", "The store is down (simulated outage).");
        }

        if (!Authorized(http.Request))
        {
            return Error(401, "woocommerce_rest_cannot_edit", "Sorry, you are not allowed to edit this resource.");
        }

        if (!store.Customers.Query(null).Any(r => r.Id == id))
        {
            return Error(404, "woocommerce_rest_invalid_id", "Invalid resource ID.");
        }

        if (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) is not JsonObject body)
        {
            return Error(400, "rest_invalid_json", "Invalid JSON body passed.");
        }

        var updated = store.Change(StoreResource.Customers, id, customer => Merge(customer, body));
        _puts.Enqueue((id, body));
        Written?.Invoke(updated.DeepClone().AsObject());
        return Results.Text(updated.ToJsonString(), "application/json", Encoding.UTF8);
    }

    private static void Merge(JsonObject customer, JsonObject body)
    {
        foreach (var (name, value) in body)
        {
            if (value is JsonObject part && customer[name] is JsonObject existing)
            {
                foreach (var (field, fieldValue) in part)
                {
                    existing[field] = fieldValue?.DeepClone();
                }
            }
            else
            {
                customer[name] = value?.DeepClone();
            }
        }
    }

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
