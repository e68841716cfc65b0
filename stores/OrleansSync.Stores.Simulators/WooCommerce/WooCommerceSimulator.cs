using System.Globalization;
using System.Text.Json.Nodes;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.Hosting;

namespace OrleansSync.Stores.Simulators.WooCommerce;

/// <summary>
/// An in-memory WooCommerce store behind the REST API v3 (<see cref="WooCommerceSimulatorEndpoints"/>): records seeded from
/// <see cref="WooCommerceGenerator"/> or fixtures, changed at will (each change moves <c>date_modified_gmt</c> to now),
/// consumer key/secret checked, and an outage knob that makes every call fail with 503.
/// </summary>
public sealed class WooCommerceSimulator(string consumerKey, string consumerSecret, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public string ConsumerKey { get; set; } = consumerKey;

    public string ConsumerSecret { get; set; } = consumerSecret;

    /// <summary>While true, every API call answers 503.</summary>
    public bool Outage { get; set; }

    /// <summary>Calls answered, refused ones included.</summary>
    public int Calls => _calls;

    public SimulatedRecords Customers { get; } = new();

    public SimulatedRecords Products { get; } = new();

    public SimulatedRecords Orders { get; } = new();

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _requests = new();
    private int _calls;

    /// <summary>Every call's path and query, in arrival order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    internal void CountCall(string pathAndQuery)
    {
        Interlocked.Increment(ref _calls);
        _requests.Enqueue(pathAndQuery);
    }

    public SimulatedRecords Of(StoreResource resource) => resource switch
    {
        StoreResource.Customers => Customers,
        StoreResource.Products => Products,
        StoreResource.Orders => Orders,
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "WooCommerce has no such resource."),
    };

    /// <summary>Adds a record as given (its own <c>date_modified_gmt</c> is kept).</summary>
    public void Put(StoreResource resource, JsonObject record)
    {
        var modified = DateTimeOffset.Parse((string)record["date_modified_gmt"]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Of(resource).Put(long.Parse(record["id"]!.ToJsonString(), CultureInfo.InvariantCulture), record, modified);
    }

    /// <summary>Changes a record as an admin would; its <c>date_modified_gmt</c> becomes now.</summary>
    public JsonObject Change(StoreResource resource, long id, Action<JsonObject> change)
    {
        var now = _time.GetUtcNow();
        return Of(resource).Change(id, now, r =>
        {
            change(r);
            r["date_modified_gmt"] = WooCommerceGenerator.Gmt(now);
        });
    }
}
