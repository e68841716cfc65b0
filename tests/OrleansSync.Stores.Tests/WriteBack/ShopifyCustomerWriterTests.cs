using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.Hosting;
using OrleansSync.Stores.Simulators.Shopify;
using OrleansSync.Stores.Tests.Infrastructure;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.Tests.WriteBack;

public sealed class ShopifyCustomerWriterTests : IAsyncLifetime
{
    private const string Token = "shpat_writes";
    private const long CustomerId = 7_000_001;
    private readonly ShopifySimulator _simulator = new(Token, bucketCapacity: 1000);
    private SimulatorHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await SimulatorHost.StartAsync(e => e.MapShopifySimulator(_simulator));
        var customer = ShopifyGenerator.Customer(1);
        var address = new JsonObject
        {
            ["id"] = 71L, ["customer_id"] = CustomerId, ["address1"] = "1 Old Road", ["city"] = "Springfield", ["province_code"] = "IL",
            ["zip"] = "62701", ["country_code"] = "US", ["default"] = true,
        };
        customer["default_address"] = address.DeepClone();
        customer["addresses"] = new JsonArray(address);
        _simulator.Put(StoreResource.Customers, customer);
        _simulator.Put(StoreResource.Customers, ShopifyGenerator.Customer(2));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private StoreOptions Store(string token = Token) =>
        TestStores.Of(StorePlatform.Shopify, "shop", new Uri(_host.BaseUrl, ShopifySimulatorEndpoints.BasePath), accessToken: token);

    private static Task<StoreWriteResult> WriteAsync(StoreOptions store, StoreCustomerChange change) =>
        StoreWriters.For(StorePlatform.Shopify).WriteAsync(store, change, CancellationToken.None);

    [Fact]
    public async Task Write_EmailNamesAndPhone_PutsTheCustomerWithTheAccessToken_AndTheConnectorReadsThemBack()
    {
        var result = await WriteAsync(Store(), new StoreCustomerChange("7000001", Email: "ann@example.com", FirstName: "Ann", LastName: "Lee", Phone: "+15550199"));

        Assert.True(result.Written, result.Refusal);
        var (_, body) = Assert.Single(_simulator.CustomerWrites.Writes);
        Assert.Equal("""{"customer":{"id":7000001,"email":"ann@example.com","first_name":"Ann","last_name":"Lee","phone":"\u002B15550199"}}""", body.ToJsonString());
        Assert.NotNull(result.ModifiedAt);
        var read = await StoreWriters.ReadBackAsync(Store(), "7000001", StoreCursor.Start);
        Assert.Equal(("ann@example.com", "Ann", "Lee", "+15550199"), (read!.Email, read.FirstName, read.LastName, read.Phone));
    }

    [Fact]
    public async Task Write_Address_ChangesTheDefaultAddressOnly_AndSendsNothingThatIsUnchanged()
    {
        var result = await WriteAsync(Store(), new StoreCustomerChange("7000001", FirstName: "First1", City: "Shelbyville", PostalCode: "62565", CountryCode: "US"));

        Assert.True(result.Written, result.Refusal);
        var (id, body) = Assert.Single(_simulator.CustomerWrites.Writes);
        Assert.Equal(("7000001", """{"address":{"city":"Shelbyville","zip":"62565"}}"""), (id, body.ToJsonString()));
        var address = Assert.Single((await StoreWriters.ReadBackAsync(Store(), "7000001", StoreCursor.Start))!.Addresses);
        Assert.Equal(("1 Old Road", "Shelbyville", "IL", "62565"), (address.Line1, address.City, address.Region, address.PostalCode));
    }

    [Fact]
    public async Task Write_AddressForACustomerWithoutOne_AddsItAsTheDefaultAddress()
    {
        var result = await WriteAsync(Store(), new StoreCustomerChange("7000002", Address1: "2 New Street", City: "Ogdenville", CountryCode: "US"));

        Assert.True(result.Written, result.Refusal);
        Assert.Equal("""{"address":{"address1":"2 New Street","city":"Ogdenville","country_code":"US","default":true}}""", Assert.Single(_simulator.CustomerWrites.Writes).Body.ToJsonString());
        var address = Assert.Single((await StoreWriters.ReadBackAsync(Store(), "7000002", StoreCursor.Start))!.Addresses);
        Assert.Equal(("default", "2 New Street", "Ogdenville"), (address.Kind, address.Line1, address.City));
    }

    [Fact]
    public async Task Write_WrongAccessToken_IsRefusedForGoodWithShopifysMessage()
    {
        var result = await WriteAsync(Store("shpat_wrong"), new StoreCustomerChange("7000001", Phone: "+15550199"));

        Assert.False(result.Written);
        Assert.Contains("401", result.Refusal, StringComparison.Ordinal);
        Assert.Contains("Invalid API key or access token", result.Refusal, StringComparison.Ordinal);
        Assert.Empty(_simulator.CustomerWrites.Writes);
    }

    [Fact]
    public async Task Write_InvalidEmail_IsRefusedForGoodWith422AndTheFieldsError()
    {
        var result = await WriteAsync(Store(), new StoreCustomerChange("7000001", Email: "not-an-email"));

        Assert.Contains("422", result.Refusal, StringComparison.Ordinal);
        Assert.Contains("is invalid", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_UnknownCustomer_IsRefusedForGood()
    {
        var result = await WriteAsync(Store(), new StoreCustomerChange("7000099", Phone: "+15550199"));

        Assert.Contains("404", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_StoreDown_ThrowsSoTheWriteIsRetried()
    {
        _simulator.Outage = true;

        var error = await Assert.ThrowsAsync<StoreApiException>(() => WriteAsync(Store(), new StoreCustomerChange("7000001", Phone: "+15550199")));

        Assert.Equal(503, error.StatusCode);
    }

    [Fact]
    public async Task Write_RateLimited_ThrowsWithShopifysRetryAfter()
    {
        var limited = new ShopifySimulator(Token, bucketCapacity: 1, leakPerSecond: 0.001);
        limited.Put(StoreResource.Customers, ShopifyGenerator.Customer(1));
        await using var host = await SimulatorHost.StartAsync(e => e.MapShopifySimulator(limited));
        var store = TestStores.Of(StorePlatform.Shopify, "shop", new Uri(host.BaseUrl, ShopifySimulatorEndpoints.BasePath), accessToken: Token);

        // The read before the write takes the bucket's only call.
        var error = await Assert.ThrowsAsync<StoreApiException>(() => WriteAsync(store, new StoreCustomerChange("7000001", Phone: "+15550199")));

        Assert.Equal((429, TimeSpan.FromSeconds(2)), (error.StatusCode, error.RetryAfter));
    }
}
