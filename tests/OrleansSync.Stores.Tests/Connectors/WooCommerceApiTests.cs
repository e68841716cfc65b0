using System.Globalization;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.Hosting;
using OrleansSync.Stores.Simulators.WooCommerce;
using OrleansSync.Stores.Tests.Support;

namespace OrleansSync.Stores.Tests.Connectors;

public sealed class WooCommerceApiTests : IAsyncLifetime
{
    private const int Customers = 30;
    private readonly WooCommerceSimulator _simulator = new("ck_test", "cs_test");
    private readonly IStoreApi _api = StoreApis.For(StorePlatform.WooCommerce, TimeProvider.System);
    private SimulatorHost _host = null!;

    public async Task InitializeAsync()
    {
        WooCommerceGenerator.Seed(_simulator, Customers, orders: 0);
        _host = await SimulatorHost.StartAsync(e => e.MapWooCommerceSimulator(_simulator));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ReadPass_NothingDeleted_ReadsEveryCustomerOnceInIdOrder()
    {
        var pages = await StoreApis.ReadPassAsync(_api, Store(), StoreResource.Customers, StoreCursor.Start);

        Assert.Equal(Enumerable.Range(1, Customers), IdsOf(pages));
        Assert.Equal(Customers, pages.Sum(p => p.Records));
        Assert.Equal(Customers, pages[0].Total);
    }

    [Fact]
    public async Task ReadPass_CustomersDeletedBehindTheCursorMidPass_SkipsNoneOfTheRemaining()
    {
        var pages = await ReadPassDeletingAsync(afterPage: 2, deleted: [2, 5, 9]);

        Assert.Equal(Enumerable.Range(1, Customers), IdsOf(pages));
    }

    [Fact]
    public async Task ReadPass_MoreThanAPageDeletedBehindTheCursor_StepsBackAndSkipsNoneOfTheRemaining()
    {
        // Pages of 5 starting at the record read last: after four pages the pass has read ids 1 to 17.
        var pages = await ReadPassDeletingAsync(afterPage: 4, deleted: [1, 3, 4, 6, 7, 8, 11, 12, 13, 15, 16, 17]);

        Assert.Equal(Enumerable.Range(1, Customers), IdsOf(pages));
    }

    [Fact]
    public async Task ReadPass_CustomersDeletedAheadAndBehind_ReadsExactlyTheOnesStillThere()
    {
        var pages = await ReadPassDeletingAsync(afterPage: 1, deleted: [3, 4, 12, 27]);

        Assert.Equal(Enumerable.Range(1, Customers).Where(id => id is not (12 or 27)), IdsOf(pages));
    }

    [Fact]
    public async Task ReadPage_PageCursorStoredBeforeOffsets_ContinuesWithThatPage()
    {
        var storedBefore = new StoreCursor(null, new WindowPosition("3", DateTimeOffset.UtcNow).Format());

        var page = await _api.ReadPageAsync(Store(), StoreResource.Customers, storedBefore, default);

        Assert.Equal([11, 12, 13, 14, 15], IdsOf([page]));
    }

    private async Task<List<StorePage>> ReadPassDeletingAsync(int afterPage, long[] deleted)
    {
        var pages = new List<StorePage>();
        var cursor = StoreCursor.Start;
        for (var i = 0; i < 100; i++)
        {
            var page = await _api.ReadPageAsync(Store(), StoreResource.Customers, cursor, default);
            pages.Add(page);
            if (pages.Count == afterPage)
            {
                foreach (var id in deleted)
                {
                    Assert.True(_simulator.Customers.Remove(id));
                }
            }

            if (page.IsLast)
            {
                return pages;
            }

            cursor = page.Next;
        }

        throw new InvalidOperationException("The pass did not end in 100 pages.");
    }

    private static List<int> IdsOf(IEnumerable<StorePage> pages) =>
        [.. pages.SelectMany(p => p.Events).Select(e => int.Parse(e.Source.SourceId, CultureInfo.InvariantCulture)).Distinct().Order()];

    private StoreOptions Store() => new()
    {
        Id = "woo",
        Platform = StorePlatform.WooCommerce,
        Secret = "webhook-secret",
        PortalId = "1000001",
        DefaultCurrency = "USD",
        Api = new StoreApiOptions { BaseUrl = new Uri(_host.BaseUrl, WooCommerceSimulatorEndpoints.BasePath), ClientId = "ck_test", ClientSecret = "cs_test", PageSize = 5 },
    };
}
