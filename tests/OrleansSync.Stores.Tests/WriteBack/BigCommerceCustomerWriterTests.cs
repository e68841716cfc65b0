using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.BigCommerce;
using OrleansSync.Stores.Tests.Infrastructure;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.Tests.WriteBack;

public sealed class BigCommerceCustomerWriterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private BigCommerceSimulator _simulator = null!;

    public async Task InitializeAsync()
    {
        _simulator = await BigCommerceSimulator.StartAsync();
        BigCommerceSeed.Fill(_simulator.Data, seed: 7, customers: 2, products: 0, orders: 0, Start);
        _simulator.Data.Customers[1]["addresses"] = new JsonArray(new JsonObject
        {
            ["id"] = 11L, ["customer_id"] = 1L, ["first_name"] = "Ann", ["last_name"] = "Lee", ["address1"] = "1 Old Road", ["city"] = "Austin",
            ["state_or_province"] = "Texas", ["postal_code"] = "78701", ["country_code"] = "US",
        });
    }

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    private StoreOptions Store(string? token = null) =>
        TestStores.Of(StorePlatform.BigCommerce, "bc-shop", _simulator.BaseUrl, _simulator.StoreHash, token ?? _simulator.AccessToken);

    private static Task<StoreWriteResult> WriteAsync(StoreOptions store, StoreCustomerChange change) =>
        StoreWriters.For(StorePlatform.BigCommerce).WriteAsync(store, change, CancellationToken.None);

    [Fact]
    public async Task Write_EmailNamesAndPhone_PutsAnArrayWithTheIdAndTheAuthToken_AndTheDeltaPollSeesThem()
    {
        var backfill = await StoreWriters.ReadBackAsync(Store(), "1", StoreCursor.Start);
        var watermark = new StoreCursor(DateTimeOffset.UtcNow.AddSeconds(-1));

        var result = await WriteAsync(Store(), new StoreCustomerChange("1", Email: "ann@example.com", FirstName: "Ann", LastName: "Lee", Phone: "5550199"));

        Assert.NotNull(backfill);
        Assert.True(result.Written, result.Refusal);
        Assert.NotNull(result.ModifiedAt);
        Assert.Equal("""{"id":1,"email":"ann@example.com","first_name":"Ann","last_name":"Lee","phone":"5550199"}""", Assert.Single(_simulator.CustomerWrites.Writes).Body.ToJsonString());
        var read = await StoreWriters.ReadBackAsync(Store(), "1", watermark);
        Assert.Equal(("ann@example.com", "Ann", "Lee", "5550199"), (read!.Email, read.FirstName, read.LastName, read.Phone));
    }

    [Fact]
    public async Task Write_Address_PutsTheFirstAddressByItsIdWithOnlyWhatChanged()
    {
        var result = await WriteAsync(Store(), new StoreCustomerChange("1", Address1: "1 Old Road", City: "Dallas", Region: "Texas", PostalCode: "75201"));

        Assert.True(result.Written, result.Refusal);
        var (id, body) = Assert.Single(_simulator.CustomerWrites.Writes);
        Assert.Equal(("1", """{"city":"Dallas","postal_code":"75201","id":11}"""), (id, body.ToJsonString()));
        var address = Assert.Single((await StoreWriters.ReadBackAsync(Store(), "1", StoreCursor.Start))!.Addresses);
        Assert.Equal(("1 Old Road", "Dallas", "Texas", "75201"), (address.Line1, address.City, address.Region, address.PostalCode));
    }

    [Fact]
    public async Task Write_AddressForACustomerWithoutOne_PostsANewAddressWithTheRequiredNames()
    {
        var names = _simulator.Data.Customers[2];

        var result = await WriteAsync(Store(), new StoreCustomerChange("2", Address1: "2 New Street", City: "Houston", Region: "Texas", PostalCode: "77001", CountryCode: "US"));

        Assert.True(result.Written, result.Refusal);
        var body = Assert.Single(_simulator.CustomerWrites.Writes).Body.AsObject();
        Assert.Equal((2L, (string?)names["first_name"], "2 New Street"), (body["customer_id"]!.GetValue<long>(), body["first_name"]!.GetValue<string>(), body["address1"]!.GetValue<string>()));
        var address = Assert.Single((await StoreWriters.ReadBackAsync(Store(), "2", StoreCursor.Start))!.Addresses);
        Assert.Equal(("2 New Street", "Houston", "US"), (address.Line1, address.City, address.CountryCode));
    }

    [Fact]
    public async Task Write_WrongAuthToken_IsRefusedForGoodWith401()
    {
        var result = await WriteAsync(Store(token: "not-the-token"), new StoreCustomerChange("1", Phone: "5550199"));

        Assert.Contains("401", result.Refusal, StringComparison.Ordinal);
        Assert.Empty(_simulator.CustomerWrites.Writes);
    }

    [Fact]
    public async Task Write_InvalidEmail_IsRefusedForGoodWithBigCommercesError()
    {
        var result = await WriteAsync(Store(), new StoreCustomerChange("1", Email: "not-an-email"));

        Assert.Contains("422", result.Refusal, StringComparison.Ordinal);
        Assert.Contains("not a valid email address", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_UnknownCustomer_IsRefusedForGood()
    {
        var result = await WriteAsync(Store(), new StoreCustomerChange("99", Phone: "5550199"));

        Assert.Contains("no customer 99", result.Refusal, StringComparison.Ordinal);
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
