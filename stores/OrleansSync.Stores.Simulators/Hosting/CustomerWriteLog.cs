using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace OrleansSync.Stores.Simulators.Hosting;

/// <summary>A simulated store's customer write-backs: the writes it took (customer id and body), how many it refused, and a hook after each.</summary>
public sealed class CustomerWriteLog
{
    private readonly ConcurrentQueue<(string CustomerId, JsonNode Body)> _writes = new();
    private int _refused;

    /// <summary>Accepted writes, in arrival order.</summary>
    public IReadOnlyList<(string CustomerId, JsonNode Body)> Writes => [.. _writes];

    /// <summary>Writes answered with an error (outage, auth, unknown customer, invalid body).</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Raised after each accepted write with the customer as stored (e.g. to send the store's customer-updated webhook).</summary>
    public event Action<JsonObject>? Written;

    public void Accepted(string customerId, JsonNode body, JsonObject customer)
    {
        _writes.Enqueue((customerId, body.DeepClone()));
        Written?.Invoke(customer.DeepClone().AsObject());
    }

    public void CountRefused() => Interlocked.Increment(ref _refused);
}
