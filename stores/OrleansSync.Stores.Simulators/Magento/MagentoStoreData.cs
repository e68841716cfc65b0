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
}
