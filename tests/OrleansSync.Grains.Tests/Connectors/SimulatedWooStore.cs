using OrleansSync.Contracts.Connectors;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Stores.Simulators.Hosting;
using OrleansSync.Stores.Simulators.WooCommerce;

namespace OrleansSync.Grains.Tests.Connectors;

/// <summary>A simulated WooCommerce store on a loopback port and the settings that connect the grid to it.</summary>
public sealed class SimulatedWooStore : IAsyncDisposable
{
    public const string StoreId = "woo-sim";
    public const string ConsumerKey = "ck_test";
    public const string ConsumerSecret = "cs_test";

    private SimulatedWooStore(WooCommerceSimulator store, SimulatorHost host)
    {
        Store = store;
        Host = host;
    }

    public WooCommerceSimulator Store { get; }

    public SimulatorHost Host { get; }

    public int Customers { get; private set; }

    public int Orders { get; private set; }

    public static async Task<SimulatedWooStore> StartAsync(int customers, int orders)
    {
        var store = new WooCommerceSimulator(ConsumerKey, ConsumerSecret);
        WooCommerceGenerator.Seed(store, customers, orders);
        var host = await SimulatorHost.StartAsync(e => e.MapWooCommerceSimulator(store));
        return new SimulatedWooStore(store, host) { Customers = customers, Orders = orders };
    }

    public int ExpectedLineItems => Enumerable.Range(1, Orders).Sum(WooCommerceGenerator.LinesOf);

    /// <summary>The grid's settings for this store: small pages (so a backfill takes many), a 1 s poll, quick retries.</summary>
    public Dictionary<string, string?> Settings(int pageSize = 10) => new()
    {
        ["Gateway:Stores:0:Id"] = StoreId,
        ["Gateway:Stores:0:Platform"] = "WooCommerce",
        ["Gateway:Stores:0:Secret"] = "woo-webhook-secret",
        ["Gateway:Stores:0:PortalId"] = SyncCluster.PortalId,
        ["Gateway:Stores:0:DefaultCurrency"] = "USD",
        ["Gateway:Stores:0:Api:BaseUrl"] = new Uri(Host.BaseUrl, WooCommerceSimulatorEndpoints.BasePath).ToString(),
        ["Gateway:Stores:0:Api:ClientId"] = ConsumerKey,
        ["Gateway:Stores:0:Api:ClientSecret"] = ConsumerSecret,
        ["Gateway:Stores:0:Api:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Gateway:Stores:0:Api:PollInterval"] = "00:00:01",
        ["Connectors:RetryBaseDelay"] = "00:00:00.200",
        ["Connectors:RetryMaxDelay"] = "00:00:01",
        ["StoreHttp:RetryBaseDelay"] = "00:00:00.050",
    };

    public static async Task<ConnectorProgress> WaitForAsync(SyncCluster sync, Func<ConnectorProgress, bool> condition, string what, TimeSpan? timeout = null, string storeId = StoreId)
    {
        ConnectorProgress? last = null;
        await Wait.UntilAsync(
            async () => condition(last = await sync.Grains.GetGrain<IStoreConnectorGrain>(storeId).GetProgressAsync()),
            timeout ?? TimeSpan.FromSeconds(90),
            $"connector of store {storeId}: {what}",
            () => last is null ? "no progress read" : Describe(last));
        return last!;
    }

    public static string Describe(ConnectorProgress p) =>
        $"{p.State} error={p.LastError} " + string.Join(", ", p.Resources.Select(r => $"{r.Resource} {r.State} {r.Done}/{r.Total}"));

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
