using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.CommerceTools;
using OrleansSync.Stores.Tests.Infrastructure;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.Tests.WriteBack;

public sealed class CommerceToolsCustomerWriterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private CommerceToolsSimulator _simulator = null!;

    public async Task InitializeAsync()
    {
        _simulator = await CommerceToolsSimulator.StartAsync();
        CommerceToolsSeed.Fill(_simulator.Data, seed: 9, customers: 2, products: 0, orders: 0, Start);
        _simulator.Data.Customers["cust-0002"].Remove("defaultBillingAddressId");
        _simulator.Data.Customers["cust-0002"]["addresses"] = new System.Text.Json.Nodes.JsonArray();
    }

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    private StoreOptions Store(string? secret = null)
    {
        var store = TestStores.Of(StorePlatform.Commercetools, "ct-project", _simulator.BaseUrl, _simulator.ProjectKey);
        store.Api!.ClientId = _simulator.ClientId;
        store.Api.ClientSecret = secret ?? _simulator.ClientSecret;
        store.Api.TokenUrl = _simulator.TokenUrl;
        return store;
    }

    private static Task<StoreWriteResult> WriteAsync(StoreOptions store, StoreCustomerChange change) =>
        StoreWriters.For(StorePlatform.Commercetools).WriteAsync(store, change, CancellationToken.None);

    [Fact]
    public async Task Write_SendsUpdateActionsAtTheReadVersion_AndTheMessagesPollSeesTheChange()
    {
        var watermark = new StoreCursor(DateTimeOffset.UtcNow.AddSeconds(-1));

        var result = await WriteAsync(Store(), new StoreCustomerChange("cust-0001", Email: "ann@example.com", FirstName: "Ann", LastName: "Last1", Phone: "5550199", Address1: "9 Elm Street", City: "Boston"));

        Assert.True(result.Written, result.Refusal);
        Assert.NotNull(result.ModifiedAt);
        var body = Assert.Single(_simulator.CustomerUpdates.Writes.Writes).Body;
        Assert.Equal(1L, (long)body["version"]!);
        Assert.Equal(["changeEmail", "setFirstName", "changeAddress"], body["actions"]!.AsArray().Select(a => (string)a!["action"]!));
        var address = body["actions"]![2]!["address"]!;
        Assert.Equal(("addr-1", "5550199", "9 Elm Street", null, "US"), ((string?)body["actions"]![2]!["addressId"], (string?)address["phone"], (string?)address["streetName"], address["streetNumber"], (string?)address["country"]));
        var read = await StoreWriters.ReadBackAsync(Store(), "cust-0001", watermark);
        Assert.Equal(("ann@example.com", "Ann", "5550199", "9 Elm Street", "Boston"), (read!.Email, read.FirstName, read.Phone, read.Addresses.Single().Line1, read.Addresses.Single().City));
    }

    [Fact]
    public async Task Write_AddressForACustomerWithoutOne_AddsItAndMakesItTheDefaultBillingAddress()
    {
        var result = await WriteAsync(Store(), new StoreCustomerChange("cust-0002", Phone: "5550123", City: "Boston", CountryCode: "US"));

        Assert.True(result.Written, result.Refusal);
        var customer = _simulator.Data.Customers["cust-0002"];
        var address = Assert.Single(customer["addresses"]!.AsArray())!;
        Assert.Equal(((string?)address["id"], "Boston", "5550123"), ((string?)customer["defaultBillingAddressId"], (string?)address["city"], (string?)address["phone"]));
    }

    [Fact]
    public async Task Write_ConcurrentModification_RereadsTheVersionAndTriesOnceMore()
    {
        _simulator.CustomerUpdates.ConcurrentModificationBeforeNext(1);

        var result = await WriteAsync(Store(), new StoreCustomerChange("cust-0001", FirstName: "Ann"));

        Assert.True(result.Written, result.Refusal);
        Assert.Equal((1, 3L), (_simulator.CustomerUpdates.Writes.Refused, (long)Assert.Single(_simulator.CustomerUpdates.Writes.Writes).Body["version"]! + 1));
        Assert.Equal("Ann", (string?)_simulator.Data.Customers["cust-0001"]["firstName"]);
    }

    [Fact]
    public async Task Write_ConcurrentModificationTwice_ThrowsSoTheWriteIsRetriedLater()
    {
        _simulator.CustomerUpdates.ConcurrentModificationBeforeNext(2);

        var error = await Assert.ThrowsAsync<StoreApiException>(() => WriteAsync(Store(), new StoreCustomerChange("cust-0001", FirstName: "Ann")));

        Assert.Equal(409, error.StatusCode);
    }

    [Fact]
    public async Task Write_WrongClientSecret_IsRefusedForGood()
    {
        var result = await WriteAsync(Store(secret: "not-the-secret"), new StoreCustomerChange("cust-0001", FirstName: "Ann"));

        Assert.Contains("issued no token", result.Refusal, StringComparison.Ordinal);
        Assert.Empty(_simulator.CustomerUpdates.Writes.Writes);
    }

    [Fact]
    public async Task Write_RevokedToken_IsRenewedOnceAndTheWriteGoesThrough()
    {
        var store = Store();
        await WriteAsync(store, new StoreCustomerChange("cust-0001", FirstName: "Ann"));
        _simulator.RevokeTokens();

        var result = await WriteAsync(store, new StoreCustomerChange("cust-0001", FirstName: "Anna"));

        Assert.True(result.Written, result.Refusal);
        Assert.Equal("Anna", (string?)_simulator.Data.Customers["cust-0001"]["firstName"]);
    }

    [Fact]
    public async Task Write_InvalidEmailOrUnknownCustomer_IsRefusedForGoodWithTheStoresMessage()
    {
        var invalid = await WriteAsync(Store(), new StoreCustomerChange("cust-0001", Email: "not-an-email"));
        var unknown = await WriteAsync(Store(), new StoreCustomerChange("cust-0099", FirstName: "Ann"));

        Assert.Contains("InvalidInput", invalid.Refusal, StringComparison.Ordinal);
        Assert.Contains("404", unknown.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_ProjectDownOrRateLimited_ThrowsSoTheWriteIsRetried()
    {
        var store = Store();
        await WriteAsync(store, new StoreCustomerChange("cust-0001", FirstName: "Ann"));
        _simulator.Faults.Outage = true;
        var down = await Assert.ThrowsAsync<StoreApiException>(() => WriteAsync(store, new StoreCustomerChange("cust-0001", FirstName: "Anna")));
        _simulator.Faults.Outage = false;
        // A wait longer than the client holds a call (StoreHttp:MaxRetryAfter): the write-back's outbox retries it later.
        _simulator.Faults.RateLimitReset = TimeSpan.FromMinutes(1);
        _simulator.Faults.RateLimitNext(10);
        var limited = await Assert.ThrowsAsync<StoreApiException>(() => WriteAsync(store, new StoreCustomerChange("cust-0001", FirstName: "Anna")));

        Assert.Equal((503, 429), (down.StatusCode, limited.StatusCode));
    }
}
