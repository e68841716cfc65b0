using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Stores.Connectors;

namespace OrleansSync.Stores.Simulators.Shopify;

/// <summary>
/// The customer write side of the simulated Admin REST API, behind the same token, outage and bucket checks as the reads:
/// <c>GET customers/{id}.json</c> (the read before a write), <c>PUT customers/{id}.json</c> (<c>{"customer":{…}}</c>, 422 for an email without '@' as Shopify's "is invalid"),
/// <c>PUT customers/{id}/addresses/{address_id}.json</c> and <c>POST customers/{id}/addresses.json</c> (<c>{"address":{…}}</c>,
/// answering <c>{"customer_address":…}</c>). Each write moves <c>updated_at</c> and keeps <c>default_address</c> and the
/// <c>addresses</c> list in step, so the next read and delta poll see it.
/// </summary>
public static class ShopifyCustomerWriteEndpoints
{
    public static IEndpointRouteBuilder MapShopifyCustomerWrites(this IEndpointRouteBuilder endpoints, ShopifySimulator store)
    {
        var customers = "/" + ShopifySimulatorEndpoints.BasePath + "customers/";
        endpoints.MapGet(customers + "{id:long}.json", (long id, HttpContext http) => ShopifySimulatorEndpoints.Guard(store, http, "customers", _ =>
            Exists(store, id) ? ShopifySimulatorEndpoints.Json(new JsonObject { ["customer"] = store.Customers.Get(id).DeepClone() }) : NotFound()));
        endpoints.MapPut(customers + "{id:long}.json", (long id, HttpContext http) => WriteAsync(store, http, "customer", body => PutCustomer(store, id, body)));
        endpoints.MapPut(customers + "{id:long}/addresses/{addressId:long}.json", (long id, long addressId, HttpContext http) =>
            WriteAsync(store, http, "address", body => PutAddress(store, id, addressId, body)));
        endpoints.MapPost(customers + "{id:long}/addresses.json", (long id, HttpContext http) =>
            WriteAsync(store, http, "address", body => PostAddress(store, id, body)));
        return endpoints;
    }

    private static async Task<IResult> WriteAsync(ShopifySimulator store, HttpContext http, string root, Func<JsonObject, (IResult Answer, long Id, JsonObject? Customer)> write)
    {
        JsonObject? body = null;
        try
        {
            body = (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted))?[root] as JsonObject;
        }
        catch (JsonException)
        {
        }

        JsonObject? written = null;
        long writtenId = 0;
        var result = ShopifySimulatorEndpoints.Guard(store, http, "customers", _ =>
        {
            if (body is null)
            {
                return ShopifySimulatorEndpoints.Json(new JsonObject { ["errors"] = new JsonObject { [root] = "Required parameter missing or invalid" } }, 400);
            }

            var (answer, id, customer) = write(body);
            (written, writtenId) = (customer, id);
            return answer;
        });
        if (written is null)
        {
            store.CustomerWrites.CountRefused();
        }
        else
        {
            store.CustomerWrites.Accepted(writtenId.ToString(CultureInfo.InvariantCulture), new JsonObject { [root] = body!.DeepClone() }, written);
        }

        return result;
    }

    private static (IResult, long, JsonObject?) PutCustomer(ShopifySimulator store, long id, JsonObject body)
    {
        if (!Exists(store, id))
        {
            return (NotFound(), id, null);
        }

        if (body["email"]?.GetValue<string>() is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal))
        {
            return (ShopifySimulatorEndpoints.Json(new JsonObject { ["errors"] = new JsonObject { ["email"] = new JsonArray("is invalid") } }, 422), id, null);
        }

        var customer = store.Change(StoreResource.Customers, id, c =>
        {
            foreach (var (name, value) in body)
            {
                if (name is not ("id" or "addresses" or "default_address"))
                {
                    c[name] = value?.DeepClone();
                }
            }
        });
        return (ShopifySimulatorEndpoints.Json(new JsonObject { ["customer"] = customer.DeepClone() }), id, customer);
    }

    private static (IResult, long, JsonObject?) PutAddress(ShopifySimulator store, long id, long addressId, JsonObject body)
    {
        if (!Exists(store, id) || !Addresses(store.Customers.Get(id)).Any(a => IdOf(a) == addressId))
        {
            return (NotFound(), id, null);
        }

        JsonObject? address = null;
        var customer = store.Change(StoreResource.Customers, id, c =>
        {
            address = Addresses(c).First(a => IdOf(a) == addressId);
            foreach (var (name, value) in body)
            {
                if (name is not ("id" or "customer_id" or "default"))
                {
                    address[name] = value?.DeepClone();
                }
            }

            if (address["default"]?.GetValue<bool>() == true)
            {
                c["default_address"] = address.DeepClone();
            }
        });
        return (ShopifySimulatorEndpoints.Json(new JsonObject { ["customer_address"] = address!.DeepClone() }), id, customer);
    }

    private static (IResult, long, JsonObject?) PostAddress(ShopifySimulator store, long id, JsonObject body)
    {
        if (!Exists(store, id))
        {
            return (NotFound(), id, null);
        }

        JsonObject address = body.DeepClone().AsObject();
        var customer = store.Change(StoreResource.Customers, id, c =>
        {
            var addresses = c["addresses"] as JsonArray ?? [];
            c["addresses"] = addresses;
            var makeDefault = addresses.Count == 0 || body["default"]?.GetValue<bool>() == true;
            address["id"] = id * 10 + addresses.Count + 1;
            address["customer_id"] = id;
            address["default"] = makeDefault;
            if (makeDefault)
            {
                foreach (var other in Addresses(c))
                {
                    other["default"] = false;
                }

                // Shopify lists the default address first.
                addresses.Insert(0, address);
                c["default_address"] = address.DeepClone();
            }
            else
            {
                addresses.Add(address);
            }
        });
        return (ShopifySimulatorEndpoints.Json(new JsonObject { ["customer_address"] = address.DeepClone() }, 201), id, customer);
    }

    private static bool Exists(ShopifySimulator store, long id) => store.Customers.Query(null, id - 1).FirstOrDefault().Id == id;

    private static IEnumerable<JsonObject> Addresses(JsonObject customer) => (customer["addresses"] as JsonArray ?? []).OfType<JsonObject>();

    private static long IdOf(JsonObject address) => address["id"]?.GetValue<long>() ?? 0;

    private static IResult NotFound() => ShopifySimulatorEndpoints.Json(new JsonObject { ["errors"] = "Not Found" }, 404);
}
