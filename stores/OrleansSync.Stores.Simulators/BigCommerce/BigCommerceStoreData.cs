using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace OrleansSync.Stores.Simulators.BigCommerce;

/// <summary>
/// The simulated store's records as BigCommerce's API returns them (v2 orders with RFC 2822 dates, v3 customers,
/// products and carts with ISO dates), changeable while the simulator runs; every change moves <c>date_modified</c>.
/// </summary>
public sealed class BigCommerceStoreData(TimeProvider time)
{
    public ConcurrentDictionary<long, JsonObject> Orders { get; } = new();

    public ConcurrentDictionary<long, JsonArray> OrderProducts { get; } = new();

    public ConcurrentDictionary<long, JsonArray> Refunds { get; } = new();

    public ConcurrentDictionary<long, JsonObject> Customers { get; } = new();

    public ConcurrentDictionary<long, JsonObject> Products { get; } = new();

    public ConcurrentDictionary<string, JsonObject> Carts { get; } = new();

    public static string Rfc2822(DateTimeOffset t) => t.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public void SetOrderStatus(long orderId, int statusId, string statusName)
    {
        var order = Orders[orderId];
        order["status_id"] = statusId;
        order["status"] = statusName;
        order["custom_status"] = statusName;
        order["date_modified"] = Rfc2822(time.GetUtcNow());
    }

    public void AddRefund(long orderId, long refundId, decimal amount)
    {
        var order = Orders[orderId];
        var refunded = decimal.Parse(order["refunded_amount"]!.GetValue<string>(), CultureInfo.InvariantCulture) + amount;
        order["refunded_amount"] = refunded.ToString("0.0000", CultureInfo.InvariantCulture);
        order["date_modified"] = Rfc2822(time.GetUtcNow());
        Refunds.GetOrAdd(orderId, _ => []).Add(new JsonObject
        {
            ["id"] = refundId,
            ["order_id"] = orderId,
            ["total_amount"] = amount,
            ["reason"] = "Simulated refund",
            ["created"] = Iso(time.GetUtcNow()),
            ["items"] = new JsonArray(),
        });
    }

    public void SetCustomerEmail(long customerId, string email)
    {
        var customer = Customers[customerId];
        customer["email"] = email;
        customer["date_modified"] = Iso(time.GetUtcNow());
    }

    /// <summary>Sets the given fields on a customer now (as <c>PUT /v3/customers</c>); null when there is no such customer.</summary>
    public JsonObject? UpdateCustomer(long customerId, JsonObject fields)
    {
        if (!Customers.TryGetValue(customerId, out var customer))
        {
            return null;
        }

        lock (customer)
        {
            foreach (var (name, value) in fields)
            {
                if (name is not ("id" or "addresses"))
                {
                    customer[name] = value?.DeepClone();
                }
            }

            customer["date_modified"] = Iso(time.GetUtcNow());
            return customer.DeepClone().AsObject();
        }
    }

    /// <summary>
    /// Adds (no <c>id</c>) or changes (<c>id</c>) a customer address now (as <c>POST</c>/<c>PUT /v3/customers/addresses</c>);
    /// the address as stored, or null when the customer or address does not exist.
    /// </summary>
    public JsonObject? SaveCustomerAddress(JsonObject fields)
    {
        var addressId = fields["id"]?.GetValue<long>();
        var customer = addressId is { } existing
            ? Customers.Values.FirstOrDefault(c => Addresses(c).Any(a => IdOf(a) == existing))
            : fields["customer_id"]?.GetValue<long>() is { } customerId && Customers.TryGetValue(customerId, out var owner) ? owner : null;
        if (customer is null)
        {
            return null;
        }

        lock (customer)
        {
            var address = addressId is { } id ? Addresses(customer).First(a => IdOf(a) == id) : NewAddress(customer);
            foreach (var (name, value) in fields)
            {
                if (name is not ("id" or "customer_id"))
                {
                    address[name] = value?.DeepClone();
                }
            }

            customer["date_modified"] = Iso(time.GetUtcNow());
            return address.DeepClone().AsObject();
        }
    }

    private JsonObject NewAddress(JsonObject customer)
    {
        var id = Customers.Values.SelectMany(Addresses).Select(a => IdOf(a)).DefaultIfEmpty(0).Max() + 1;
        var address = new JsonObject { ["id"] = id, ["customer_id"] = customer["id"]!.DeepClone() };
        if (customer["addresses"] is not JsonArray addresses)
        {
            customer["addresses"] = addresses = [];
        }

        addresses.Add(address);
        return address;
    }

    private static long IdOf(JsonObject record) => long.Parse(record["id"]!.ToJsonString(), CultureInfo.InvariantCulture);

    private static IEnumerable<JsonObject> Addresses(JsonObject customer) => (customer["addresses"] as JsonArray ?? []).OfType<JsonObject>();
}
