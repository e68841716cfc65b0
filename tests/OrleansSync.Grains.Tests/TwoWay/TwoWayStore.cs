using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores;

namespace OrleansSync.Grains.Tests.TwoWay;

/// <summary>
/// One platform's simulated store in the round trip: its connector settings, its customers, the write-backs it took, and
/// (like the platform) a customer webhook for each change, mapped by the platform's own webhook mapping.
/// </summary>
public abstract class TwoWayStore : IAsyncDisposable
{
    public const string StoreId = "store";
    public const string Secret = "store-webhook-secret";

    public abstract StorePlatform Platform { get; }

    /// <summary>Write-backs the store took.</summary>
    public abstract int Writes { get; }

    /// <summary>Raised with the canonical events of the store's webhook announcing each write-back it took.</summary>
    public event Action<IReadOnlyList<ICanonicalEvent>>? Changed;

    public StoreOptions Options => new() { Id = StoreId, Platform = Platform, PortalId = Fixtures.SyncCluster.PortalId, Secret = Secret };

    /// <summary>Starts the simulator; answers its <c>Gateway:Stores:0:Api:*</c> settings.</summary>
    public abstract Task<IReadOnlyDictionary<string, string?>> StartAsync();

    /// <summary>Adds a customer (modified half an hour ago, living in Springfield) and answers its customer-created webhook's events.</summary>
    public abstract IReadOnlyList<ICanonicalEvent> AddCustomer(int id, string email, string firstName, string phone);

    /// <summary>While true the store answers 503 to everything (where the test needs it: Shopify, BigCommerce).</summary>
    public virtual bool Outage
    {
        set => throw new NotSupportedException($"The {Platform} two-way store has no outage switch.");
    }

    /// <summary>The customer's phone and city as the store now holds them.</summary>
    public abstract (string? Phone, string? City) Customer(int id);

    public abstract ValueTask DisposeAsync();

    protected static DateTimeOffset HalfAnHourAgo => DateTimeOffset.UtcNow.AddMinutes(-30);

    protected RecordMappingContext Context() => new(Options, new HeaderDictionary(), $"{Platform}-{Guid.NewGuid():N}", DateTimeOffset.UtcNow);

    protected static JsonElement Element(JsonObject record) => JsonDocument.Parse(record.ToJsonString()).RootElement;

    protected void Announce(IReadOnlyList<ICanonicalEvent> events) => Changed?.Invoke(events);
}
