using System.Net;
using OrleansSync.Contracts.Connectors;
using OrleansSync.Contracts.Context;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Admin;

public sealed class ConnectorAdminTests
{
    private static readonly DateTimeOffset NextPoll = new(2026, 1, 1, 9, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListConnectors_StoreWithApi_ShowsStateErrorAndPerResourceProgress()
    {
        await using var gateway = ConnectedGateway();
        gateway.Grains.Connectors[TestStores.Woo] = Progress(ConnectorState.Failing, "WooCommerce refused the credentials (401)");
        var admin = new GatewayAdmin(gateway);

        var list = await admin.GetAsync("/admin/connectors");

        var connector = Assert.Single(list.GetProperty("connectors").EnumerateArray());
        Assert.Equal((TestStores.Woo, "WooCommerce", "Failing"), (connector.GetProperty("store").GetString(), connector.GetProperty("platform").GetString(), connector.GetProperty("state").GetString()));
        Assert.Contains("401", connector.GetProperty("error").GetString());
        Assert.Equal(NextPoll, connector.GetProperty("nextPoll").GetDateTimeOffset());
        var orders = connector.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("resource").GetString() == "Orders");
        Assert.Equal((TestStores.Woo, 400L, 1000L, 50.0, 12.0), (
            orders.GetProperty("store").GetString(), orders.GetProperty("done").GetInt64(), orders.GetProperty("total").GetInt64(),
            orders.GetProperty("rate").GetDouble(), orders.GetProperty("eta").GetDouble()));
        Assert.Equal("Failing", orders.GetProperty("state").GetString());
        Assert.Contains("401", orders.GetProperty("error").GetString());
    }

    [Fact]
    public async Task PauseThenResume_ThroughTheAdminApi_ReachTheConnectorAndAnswerItsNewState()
    {
        await using var gateway = ConnectedGateway();
        gateway.Grains.Connectors[TestStores.Woo] = Progress(ConnectorState.Backfilling, null);
        var client = new GatewayAdmin(gateway).Client;

        var paused = await (await client.PostAsync($"/admin/connectors/{TestStores.Woo}/pause", null)).JsonAsync(HttpStatusCode.Accepted);
        var resumed = await (await client.PostAsync($"/admin/connectors/{TestStores.Woo}/resume", null)).JsonAsync(HttpStatusCode.Accepted);
        await (await client.PostAsync($"/admin/connectors/{TestStores.Woo}/backfill?from=2025-06-01T00:00:00Z", null)).JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal("Paused", paused.GetProperty("state").GetString());
        Assert.Equal("Backfilling", resumed.GetProperty("state").GetString());
        Assert.Equal([$"{TestStores.Woo}:pause", $"{TestStores.Woo}:resume", $"{TestStores.Woo}:backfill:2025-06-01T00:00:00.0000000+00:00"], gateway.Grains.ConnectorCommands);
    }

    [Fact]
    public async Task Pause_StoreWithoutApiOrWithoutToken_IsRefused()
    {
        await using var gateway = ConnectedGateway();

        var unknown = await (await new GatewayAdmin(gateway).Client.PostAsync($"/admin/connectors/{TestStores.Shopify}/pause", null)).JsonAsync(HttpStatusCode.NotFound);
        var anonymous = await gateway.CreateClient().PostAsync($"/admin/connectors/{TestStores.Woo}/pause", null);

        Assert.Contains(TestStores.Shopify, unknown.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Empty(gateway.Grains.ConnectorCommands);
    }

    [Fact]
    public async Task Backfills_FailingConnector_ShowsOneRowPerResourceWithTheStoresError()
    {
        await using var gateway = ConnectedGateway();
        gateway.Grains.Connectors[TestStores.Woo] = Progress(ConnectorState.Failing, "WooCommerce refused the credentials (401)");

        var rows = (await new GatewayAdmin(gateway).GetAsync("/admin/backfills")).EnumerateArray().ToList();

        Assert.Equal(["customers", "orders"], rows.Select(r => r.GetProperty("resource").GetString()));
        var customers = rows[0];
        Assert.Equal((TestStores.Woo, "done", 200L), (customers.GetProperty("store").GetString(), customers.GetProperty("state").GetString(), customers.GetProperty("done").GetInt64()));
        var orders = rows[1];
        Assert.Equal(("failed", 400L, 1000L, 12.0), (orders.GetProperty("state").GetString(), orders.GetProperty("done").GetInt64(), orders.GetProperty("total").GetInt64(), orders.GetProperty("eta").GetDouble()));
        Assert.Contains("401", orders.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Backfills_ConnectorGrainDoesNotAnswer_ShowsTheStoreAsFailedWithWhy()
    {
        await using var gateway = ConnectedGateway();

        var row = Assert.Single((await new GatewayAdmin(gateway).GetAsync("/admin/backfills")).EnumerateArray());

        Assert.Equal((TestStores.Woo, "failed"), (row.GetProperty("store").GetString(), row.GetProperty("state").GetString()));
        Assert.Contains("did not answer", row.GetProperty("error").GetString());
    }

    private static GatewayFactory ConnectedGateway() => new(configure: s =>
    {
        s["Gateway:Stores:0:Api:BaseUrl"] = "https://woo.example/wp-json/wc/v3/";
        s["Gateway:Stores:0:Api:ClientId"] = "ck_test";
        s["Gateway:Stores:0:Api:ClientSecret"] = "cs_test";
    });

    private static ConnectorProgress Progress(ConnectorState state, string? error) => new(
        TestStores.Woo,
        StorePlatform.WooCommerce,
        state,
        [
            new ResourceProgress("Customers", ConnectorState.Polling, 200, 200, 0, TimeSpan.Zero, "modifiedAfter=start;position=first"),
            new ResourceProgress("Orders", state, 400, 1000, 50, TimeSpan.FromSeconds(12), "modifiedAfter=start;position=1|5"),
        ],
        error,
        NextPoll,
        0,
        "silo-1");
}
