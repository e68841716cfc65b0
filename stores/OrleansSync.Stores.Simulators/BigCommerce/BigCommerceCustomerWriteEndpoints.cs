using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OrleansSync.Stores.Simulators.BigCommerce;

/// <summary>
/// The customer write side of the simulated v3 API (behind the simulator's token check): <c>PUT /v3/customers</c> and
/// <c>POST|PUT /v3/customers/addresses</c>, each an array of records (<c>id</c> to change, <c>customer_id</c> to add an
/// address; each record is one write in <see cref="BigCommerceSimulator.CustomerWrites"/>), answering <c>{data:[…], meta:{}}</c>; 422 with BigCommerce's <c>{status, title, errors}</c> for an email
/// without '@', an unknown id or a new address missing a required field.
/// </summary>
internal static class BigCommerceCustomerWriteEndpoints
{
    private static readonly string[] RequiredAddressFields = ["first_name", "last_name", "address1", "city", "country_code"];

    public static void Map(RouteGroupBuilder store, Func<BigCommerceSimulator> self)
    {
        store.MapPut("/v3/customers", (HttpRequest r) => WriteAsync(self(), r, PutCustomer));
        store.MapPut("/v3/customers/addresses", (HttpRequest r) => WriteAsync(self(), r, SaveAddress));
        store.MapPost("/v3/customers/addresses", (HttpRequest r) => WriteAsync(self(), r, (data, item) =>
            RequiredAddressFields.FirstOrDefault(f => string.IsNullOrEmpty(item[f]?.GetValue<string>())) is { } missing
                ? (null, $"{missing} is required")
                : SaveAddress(data, item)));
    }

    private static async Task<IResult> WriteAsync(BigCommerceSimulator simulator, HttpRequest request, Func<BigCommerceStoreData, JsonObject, (JsonObject? Saved, string? Error)> save)
    {
        JsonArray? items = null;
        try
        {
            items = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonArray;
        }
        catch (JsonException)
        {
        }

        if (items is null || items.Count == 0 || items.Any(i => i is not JsonObject))
        {
            simulator.CustomerWrites.CountRefused();
            return Unprocessable("The request body must be a non-empty array of objects.");
        }

        var saved = new JsonArray();
        foreach (var item in items.Cast<JsonObject>())
        {
            var (record, error) = save(simulator.Data, item);
            if (record is null)
            {
                simulator.CustomerWrites.CountRefused();
                return Unprocessable(error ?? "The record was not found.");
            }

            var customerId = (item["customer_id"] ?? (record["customer_id"] is { } owner ? owner : item["id"]))!.ToJsonString();
            simulator.CustomerWrites.Accepted(customerId, item, simulator.Data.Customers[long.Parse(customerId, CultureInfo.InvariantCulture)]);
            saved.Add(record);
        }

        return SimulatorResults.Json(new JsonObject { ["data"] = saved, ["meta"] = new JsonObject() });
    }

    private static (JsonObject?, string?) PutCustomer(BigCommerceStoreData data, JsonObject item)
    {
        if (item["email"]?.GetValue<string>() is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal))
        {
            return (null, $"email: '{email}' is not a valid email address");
        }

        return item["id"]?.GetValue<long>() is { } id ? (data.UpdateCustomer(id, item), $"customer {id} does not exist") : (null, "id is required");
    }

    private static (JsonObject?, string?) SaveAddress(BigCommerceStoreData data, JsonObject item) => (data.SaveCustomerAddress(item), "The address or its customer does not exist.");

    private static IResult Unprocessable(string error) =>
        SimulatorResults.Json(
            new JsonObject
            {
                ["status"] = 422,
                ["title"] = "Input is invalid",
                ["type"] = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
                ["errors"] = new JsonObject { ["0"] = error },
            },
            StatusCodes.Status422UnprocessableEntity);
}
