using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace OrleansSync.Stores.Simulators.CommerceTools;

/// <summary>
/// A simulated commercetools project: resources by id and the project's Messages, changeable while it runs. Every change
/// bumps the resource's <c>version</c> and <c>lastModifiedAt</c> and records the message commercetools would.
/// </summary>
public sealed class CommerceToolsProjectData(TimeProvider time)
{
    private readonly object _clock = new();
    private DateTimeOffset _last = DateTimeOffset.MinValue;
    private long _messages;

    public ConcurrentDictionary<string, JsonObject> Orders { get; } = new();

    public ConcurrentDictionary<string, JsonObject> Customers { get; } = new();

    public ConcurrentDictionary<string, JsonObject> Products { get; } = new();

    public ConcurrentDictionary<string, JsonObject> Carts { get; } = new();

    public ConcurrentQueue<JsonObject> Messages { get; } = new();

    public static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Strictly increasing times, so records and messages keep the order they were changed in.</summary>
    public string Now(DateTimeOffset? at = null)
    {
        lock (_clock)
        {
            var now = at ?? time.GetUtcNow();
            _last = now > _last ? now : _last.AddMilliseconds(1);
            return Time(_last);
        }
    }

    public void SetPaymentState(string orderId, string paymentState)
    {
        var order = Orders[orderId];
        var old = order["paymentState"]?.GetValue<string>();
        Touch(order);
        order["paymentState"] = paymentState;
        AddMessage("order", order, "OrderPaymentStateChanged", new JsonObject { ["paymentState"] = paymentState, ["oldPaymentState"] = old });
    }

    public void SetShipmentState(string orderId, string shipmentState)
    {
        var order = Orders[orderId];
        var old = order["shipmentState"]?.GetValue<string>();
        Touch(order);
        order["shipmentState"] = shipmentState;
        AddMessage("order", order, "OrderShipmentStateChanged", new JsonObject { ["shipmentState"] = shipmentState, ["oldShipmentState"] = old });
    }

    public void SetCustomerLastName(string customerId, string lastName)
    {
        var customer = Customers[customerId];
        Touch(customer);
        customer["lastName"] = lastName;
        AddMessage("customer", customer, "CustomerLastNameSet", new JsonObject { ["lastName"] = lastName });
    }

    public void AddMessage(string typeId, JsonObject resource, string type, JsonObject fields, string? at = null)
    {
        var created = at ?? Now();
        var message = new JsonObject
        {
            ["id"] = $"msg-{Interlocked.Increment(ref _messages):D6}",
            ["version"] = 1,
            ["sequenceNumber"] = resource["version"]!.GetValue<long>(),
            ["resource"] = new JsonObject { ["typeId"] = typeId, ["id"] = resource["id"]!.GetValue<string>() },
            ["resourceVersion"] = resource["version"]!.GetValue<long>(),
            ["resourceUserProvidedIdentifiers"] = new JsonObject(),
            ["type"] = type,
            ["createdAt"] = created,
            ["lastModifiedAt"] = created,
        };
        foreach (var (name, value) in fields)
        {
            message[name] = value?.DeepClone();
        }

        Messages.Enqueue(message);
    }

    /// <summary>Moves the resource to its next version now.</summary>
    public void Touch(JsonObject resource)
    {
        resource["version"] = resource["version"]!.GetValue<long>() + 1;
        resource["lastModifiedAt"] = Now();
    }
}
