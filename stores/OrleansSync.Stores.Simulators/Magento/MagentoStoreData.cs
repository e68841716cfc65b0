using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace OrleansSync.Stores.Simulators.Magento;

/// <summary>The simulated store's records as Magento's REST API returns them (UTC <c>Y-m-d H:i:s</c> times), changeable while it runs.</summary>
public sealed class MagentoStoreData(TimeProvider time)
{
    public ConcurrentDictionary<long, JsonObject> Orders { get; } = new();

    public ConcurrentDictionary<long, JsonObject> Customers { get; } = new();

    public ConcurrentDictionary<long, JsonObject> Products { get; } = new();

    public ConcurrentDictionary<long, JsonObject> Carts { get; } = new();

    public static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Moves an order to a state and status (e.g. "complete"/"complete") now.</summary>
    public void SetOrderState(long orderId, string state, string status)
    {
        var order = Orders[orderId];
        order["state"] = state;
        order["status"] = status;
        order["updated_at"] = Time(time.GetUtcNow());
    }

    /// <summary>
    /// Replaces a customer with what was sent, as <c>PUT /V1/customers/{id}</c> does (the addresses sent replace the
    /// customer's, those without an id get a new one; none sent keeps them), keeping its id and creation time and moving
    /// <c>updated_at</c> to now.
    /// </summary>
    public JsonObject ReplaceCustomer(long customerId, JsonObject sent)
    {
        var customer = sent.DeepClone().AsObject();
        var stored = Customers[customerId];
        customer["id"] = customerId;
        customer["created_at"] = stored["created_at"]?.DeepClone();
        customer["updated_at"] = Time(time.GetUtcNow());
        if (customer["addresses"] is null)
        {
            customer["addresses"] = stored["addresses"]?.DeepClone();
        }

        var nextAddressId = Customers.Values.SelectMany(c => (c["addresses"] as JsonArray ?? []).OfType<JsonObject>())
            .Select(a => long.TryParse(a["id"]?.ToJsonString(), CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        foreach (var address in (customer["addresses"] as JsonArray ?? []).OfType<JsonObject>())
        {
            address["customer_id"] = customerId;
            if (address["id"] is null)
            {
                address["id"] = nextAddressId++;
            }
        }

        Customers[customerId] = customer;
        return customer.DeepClone().AsObject();
    }
}
