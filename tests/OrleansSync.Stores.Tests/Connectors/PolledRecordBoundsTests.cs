using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.Hosting;
using OrleansSync.Stores.Simulators.WooCommerce;
using OrleansSync.Stores.Tests.Support;
using OrleansSync.Testing;

namespace OrleansSync.Stores.Tests.Connectors;

/// <summary>A record read from a store's API is held to the same bounds as a webhook's: out of bounds, it is kept aside, never handed on.</summary>
public sealed class PolledRecordBoundsTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task PolledOrderDatedInYear9999_IsRejectedWithTheFieldWhileTheOtherOrderIsRead()
    {
        var good = SharedFixtures.Unwrap("woocommerce/order_rest_v2_wrapped.json", "data");
        var farFuture = good.DeepClone().AsObject();
        farFuture["id"] = 900001;
        farFuture["date_modified_gmt"] = "9999-12-31T00:00:00";
        var simulator = new WooCommerceSimulator("ck", "cs");
        simulator.Put(StoreResource.Orders, good);
        simulator.Put(StoreResource.Orders, farFuture);
        await using var host = await SimulatorHost.StartAsync(e => e.MapWooCommerceSimulator(simulator));
        var store = new StoreOptions
        {
            Id = "shop",
            Platform = StorePlatform.WooCommerce,
            Secret = "webhook-secret",
            PortalId = "1000001",
            Api = new StoreApiOptions { BaseUrl = new Uri(host.BaseUrl, WooCommerceSimulatorEndpoints.BasePath), ClientId = "ck", ClientSecret = "cs", PageSize = 50 },
        };

        var page = await StoreApis.For(StorePlatform.WooCommerce, _time).ReadPageAsync(store, StoreResource.Orders, StoreCursor.Start, CancellationToken.None);

        Assert.Equal(2, page.Records);
        var rejected = Assert.Single(page.Rejected);
        Assert.Equal("900001", rejected.RecordId);
        Assert.Contains("updated_at", rejected.Reason);
        Assert.Contains("9999-12-31", rejected.RawJson);
        Assert.NotEmpty(page.Events);
        Assert.All(page.Events, e => Assert.NotEqual("900001", e.Source.SourceId));
    }
}
