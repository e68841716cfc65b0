using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.Magento;
using OrleansSync.Stores.Tests.Infrastructure;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.Tests.WriteBack;

public sealed class MagentoCustomerWriterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private MagentoSimulator _simulator = null!;

    public async Task InitializeAsync()
    {
        _simulator = await MagentoSimulator.StartAsync();
        MagentoSeed.Fill(_simulator.Data, seed: 5, customers: 2, products: 0, orders: 0, Start);
        _simulator.Data.Customers[2]["addresses"] = new JsonArray();
    }

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    private StoreOptions Store(string? token = null) =>
        TestStores.Of(StorePlatform.Magento, "magento", _simulator.BaseUrl, accessToken: token ?? _simulator.AccessToken);

    private static Task<StoreWriteResult> WriteAsync(StoreOptions store, StoreCustomerChange change) =>
        StoreWriters.For(StorePlatform.Magento).WriteAsync(store, change, CancellationToken.None);

    [Fact]
    public async Task Write_ReadsTheWholeCustomerAndPutsItBackChanged_AndTheDeltaPollSeesIt()
    {
        var before = _simulator.Data.Customers[1].DeepClone().AsObject();
        var watermark = new StoreCursor(DateTimeOffset.UtcNow.AddSeconds(-1));

        var result = await WriteAsync(Store(), new StoreCustomerChange("1", Email: "ann@example.com", FirstName: "Ann", Phone: "5550199", City: "Dallas", Region: "TX"));

        Assert.True(result.Written, result.Refusal);
        Assert.NotNull(result.ModifiedAt);
        var sent = Assert.Single(_simulator.CustomerWrites.Writes).Body["customer"]!.AsObject();
        // The whole customer went back: what was not changed is there as it was.
        Assert.Equal((before["lastname"]!.ToJsonString(), before["website_id"]!.ToJsonString(), before["extension_attributes"]!.ToJsonString()),
            (sent["lastname"]!.ToJsonString(), sent["website_id"]!.ToJsonString(), sent["extension_attributes"]!.ToJsonString()));
        var billing = sent["addresses"]!.AsArray().Single()!;
        Assert.Equal(("5550199", "Dallas", "TX", null), ((string?)billing["telephone"], (string?)billing["city"], (string?)billing["region"]!["region_code"], billing["region_id"]));
        var read = await StoreWriters.ReadBackAsync(Store(), "1", watermark);
        Assert.Equal(("ann@example.com", "Ann", "5550199", "Dallas"), (read!.Email, read.FirstName, read.Phone, read.Addresses.Single().City));
    }

    [Fact]
    public async Task Write_PhoneForACustomerWithoutAddresses_AddsADefaultBillingAddress()
    {
        var result = await WriteAsync(Store(), new StoreCustomerChange("2", Phone: "5550123", Address1: "2 New Street", City: "Austin", PostalCode: "78701", CountryCode: "US"));

        Assert.True(result.Written, result.Refusal);
        var address = Assert.Single(_simulator.Data.Customers[2]["addresses"]!.AsArray())!;
        Assert.Equal(("5550123", "2 New Street", true), ((string?)address["telephone"], (string?)address["street"]![0], (bool?)address["default_billing"]));
    }

    [Fact]
    public async Task Write_WrongIntegrationToken_IsRefusedForGoodWithMagentosMessage()
    {
        var result = await WriteAsync(Store(token: "not-the-token"), new StoreCustomerChange("1", Phone: "5550199"));

        Assert.Contains("401", result.Refusal, StringComparison.Ordinal);
        Assert.Contains("isn't authorized", result.Refusal, StringComparison.Ordinal);
        Assert.Empty(_simulator.CustomerWrites.Writes);
    }

    [Fact]
    public async Task Write_InvalidEmailOrUnknownCustomer_IsRefusedForGood()
    {
        var invalid = await WriteAsync(Store(), new StoreCustomerChange("1", Email: "not-an-email"));
        var unknown = await WriteAsync(Store(), new StoreCustomerChange("99", Phone: "5550199"));

        Assert.Contains("not a valid email address", invalid.Refusal, StringComparison.Ordinal);
        Assert.Contains("404", unknown.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_StoreDownOrRateLimited_ThrowsSoTheWriteIsRetried()
    {
        _simulator.Faults.Outage = true;
        var down = await Assert.ThrowsAsync<StoreApiException>(() => WriteAsync(Store(), new StoreCustomerChange("1", Phone: "5550199")));
        _simulator.Faults.Outage = false;
        // A wait longer than the client holds a call (StoreHttp:MaxRetryAfter): the write-back's outbox retries it later.
        _simulator.Faults.RateLimitReset = TimeSpan.FromMinutes(1);
        _simulator.Faults.RateLimitNext(10);
        var limited = await Assert.ThrowsAsync<StoreApiException>(() => WriteAsync(Store(), new StoreCustomerChange("1", Phone: "5550199")));

        Assert.Equal((503, 429, TimeSpan.FromMinutes(1)), (down.StatusCode, limited.StatusCode, limited.RetryAfter));
    }
}
