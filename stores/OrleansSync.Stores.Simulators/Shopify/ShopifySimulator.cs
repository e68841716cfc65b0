using System.Globalization;
using System.Text.Json.Nodes;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.Hosting;

namespace OrleansSync.Stores.Simulators.Shopify;

/// <summary>
/// An in-memory Shopify store behind the Admin REST API 2024-10 (<see cref="ShopifySimulatorEndpoints"/>): records seeded
/// from <see cref="ShopifyGenerator"/> or fixtures, changed at will (each change moves <c>updated_at</c> to now), the access
/// token checked, the leaky bucket enforced with 429, and an outage knob that makes every call fail with 503.
/// </summary>
public sealed class ShopifySimulator(string accessToken, int bucketCapacity = 40, double leakPerSecond = 2, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private int _calls;

    public string AccessToken { get; set; } = accessToken;

    public bool Outage { get; set; }

    public ShopifyCallBucket Bucket { get; } = new(bucketCapacity, leakPerSecond, time ?? TimeProvider.System);

    public int Calls => _calls;

    /// <summary>Calls refused with 429 because the bucket was full.</summary>
    public int Throttled => _throttled;

    private int _throttled;

    public SimulatedRecords Customers { get; } = new();

    /// <summary>The customer writes taken by <c>PUT customers/{id}.json</c> and the address endpoints.</summary>
    public CustomerWriteLog CustomerWrites { get; } = new();

    public SimulatedRecords Products { get; } = new();

    public SimulatedRecords Orders { get; } = new();

    internal void CountCall() => Interlocked.Increment(ref _calls);

    internal void CountThrottled() => Interlocked.Increment(ref _throttled);

    public SimulatedRecords Of(StoreResource resource) => resource switch
    {
        StoreResource.Customers => Customers,
        StoreResource.Products => Products,
        StoreResource.Orders => Orders,
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "Shopify has no such resource."),
    };

    public void Put(StoreResource resource, JsonObject record)
    {
        var updated = DateTimeOffset.Parse((string)record["updated_at"]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Of(resource).Put(long.Parse(record["id"]!.ToJsonString(), CultureInfo.InvariantCulture), record, updated);
    }

    public JsonObject Change(StoreResource resource, long id, Action<JsonObject> change)
    {
        var now = _time.GetUtcNow();
        return Of(resource).Change(id, now, r =>
        {
            change(r);
            r["updated_at"] = now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        });
    }
}
