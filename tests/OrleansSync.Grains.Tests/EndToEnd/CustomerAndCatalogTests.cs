using OrleansSync.Contracts.Behaviour;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Products;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Grains.Tests.Streams;
using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Tests.EndToEnd;

public sealed class CustomerAndCatalogTests
{
    private static readonly StoreContext _store = StoreStreamBuilder.EuStore;

    private static SourceStamp Stamp(string id, DateTimeOffset at) => new(id, null, at, null, at);

    [Fact]
    public async Task Profile_BlankValueAndUndatedOptInAfterOptOut_KeepPhoneAndOptOut()
    {
        await using var sync = await SyncCluster.StartAsync();
        var at = sync.Clock.GetUtcNow();
        var first = TestEvents.Shopper("gus@example.com", "c1") with
        {
            Phone = "+49 30 1234",
            EmailConsent = new MarketingConsent(ConsentState.OptedOut, "preference-centre", at, "unsubscribed", null),
        };
        var later = first with { Phone = "  ", FirstName = "Gustav", EmailConsent = new MarketingConsent(ConsentState.OptedIn, "checkout", null, "subscribed", null) };
        await sync.PostAsync([new CustomerCreated(_store, Stamp("a", at), first), new CustomerUpdated(_store, Stamp("b", at.AddMinutes(5)), later)]);
        await sync.SettleAsync();

        var contact = sync.HubSpot.Contact("gus@example.com")!.Properties;
        Assert.Equal("+49 30 1234", contact["phone"]);
        Assert.Equal("Gustav", contact["firstname"]);
        Assert.Equal("opted_out", contact["ecom_email_consent"]);
        Assert.Equal("preference-centre", contact["ecom_email_consent_source"]);
        Assert.Equal("lead", contact["lifecyclestage"]);
    }

    [Fact]
    public async Task Identity_EventsWithOnlyStoreCustomerId_LandOnTheEmailsContact()
    {
        await using var sync = await SyncCluster.StartAsync();
        var at = sync.Clock.GetUtcNow();
        var anonymous = new Shopper(null, "c7", new VisitorContext(null, null, null, "https://shop-eu.example/p/boots"));
        await sync.PostAsync([
            new ProductViewed(_store, Stamp("view-1", at), anonymous, at, "SKU-1", "p1", "Boots", 89m, ["shoes"]),
            new CustomerUpdated(_store, Stamp("upd-1", at.AddMinutes(1)), TestEvents.Shopper(null, "c7") with { LastName = "Later" }),
        ]);
        await sync.SettleAsync();
        Assert.Empty(sync.HubSpot.Contacts);

        await sync.PostAsync([new CustomerCreated(_store, Stamp("new-1", at), TestEvents.Shopper("hal@example.com", "c7"))]);
        await sync.SettleAsync();

        var contact = Assert.Single(sync.HubSpot.Contacts);
        Assert.Equal("hal@example.com", contact.Properties["email"]);
        Assert.Equal("Later", contact.Properties["lastname"]);
        var viewed = Assert.Single(sync.HubSpot.Events);
        Assert.Equal(("pe1000001_product_viewed", "hal@example.com"), (viewed.EventName, viewed.Email));
        Assert.Equal("Boots", viewed.Properties["product_name"]);
    }

    [Fact]
    public async Task Identity_EmailChangedInStore_SameContactMovesToNewEmail()
    {
        await using var sync = await SyncCluster.StartAsync();
        var at = sync.Clock.GetUtcNow();
        await sync.PostAsync([new CustomerCreated(_store, Stamp("k-1", at), TestEvents.Shopper("kim@old.example", "c5")), TestEvents.Paid(_store, "6001", "kim@old.example", at)]);
        await sync.SettleAsync();
        var before = sync.HubSpot.Contact("kim@old.example")!;

        var moved = TestEvents.Shopper("kim@new.example", "c5") with { FirstName = "Kim" };
        await sync.PostAsync([new CustomerUpdated(_store, Stamp("k-2", at.AddDays(1)), moved), TestEvents.Paid(_store, "6002", "kim@new.example", at.AddDays(2))]);
        await sync.SettleAsync();

        var contact = Assert.Single(sync.HubSpot.Contacts);
        Assert.Equal((before.Id, "kim@new.example", "kim@old.example"), (contact.Id, contact.Properties["email"], contact.Properties["hs_additional_emails"]));
        Assert.Equal(("Kim", "2"), (contact.Properties["firstname"], contact.Properties["ecom_order_count"]));
        foreach (var order in (string[])["shop-eu/6001", "shop-eu/6002"])
        {
            Assert.Equal(contact.Id, Assert.Single(sync.HubSpot.From(HubSpotObjectTypes.Deals, sync.HubSpot.Deal(order)!.Id, HubSpotObjectTypes.Contacts)).ToId);
        }
    }

    [Fact]
    public async Task Dispatch_NoPortalConfigured_DrainsThePortalFoundInTheOutbox()
    {
        var settings = new Dictionary<string, string?>
        {
            ["HubSpotDispatch:Portals:0"] = null,
            ["HubSpotDispatch:DiscoverPortals"] = "true",
            ["HubSpotDispatch:DiscoveryInterval"] = "00:00:00.200",
        };
        await using var sync = await SyncCluster.StartAsync(settings: settings);
        await sync.PostAsync([TestEvents.Paid(_store, "5001", "lea@example.com", sync.Clock.GetUtcNow())]);
        await sync.SettleAsync();

        Assert.Equal("customer", sync.HubSpot.Contact("lea@example.com")!.Properties["lifecyclestage"]);
        Assert.NotNull(sync.HubSpot.Deal("shop-eu/5001"));
    }

    [Fact]
    public async Task B2B_CustomerWithCompany_ContactAssociatedToCompany()
    {
        await using var sync = await SyncCluster.StartAsync();
        var at = sync.Clock.GetUtcNow();
        await sync.PostAsync([
            new CustomerCreated(_store, Stamp("b2b-1", at), TestEvents.Shopper("ida@acme.example", "c8") with { B2BCompany = "Acme GmbH" }),
            new CustomerCreated(_store, Stamp("b2b-2", at), TestEvents.Shopper("jon@acme.example", "c9") with { B2BCompany = "Acme GmbH" }),
        ]);
        await sync.SettleAsync();

        var company = Assert.Single(sync.HubSpot.Companies);
        Assert.Equal("Acme GmbH", company.Properties["name"]);
        foreach (var email in (string[])["ida@acme.example", "jon@acme.example"])
        {
            var link = Assert.Single(sync.HubSpot.From(HubSpotObjectTypes.Contacts, sync.HubSpot.Contact(email)!.Id, HubSpotObjectTypes.Companies));
            Assert.Equal(company.Id, link.ToId);
        }
    }

    [Fact]
    public async Task Products_SelectiveSync_OnlyFilteredSkusInLibraryAndNewestWins()
    {
        await using var sync = await SyncCluster.StartAsync(settings: new Dictionary<string, string?> { ["SyncMapping:Products:SkuPrefixes:0"] = "SHOE-" });
        var at = sync.Clock.GetUtcNow();
        ProductUpserted Product(string id, string? sku, string name, string status, DateTimeOffset updated) =>
            new(_store, Stamp($"{id}-{updated.Ticks}", updated), new ProductSnapshot(id, null, sku, name, null, 59m, "EUR", ["shoes"], null, null, status, updated));
        await sync.PostAsync([
            Product("p1", "SHOE-1", "Trail shoe v2", "active", at.AddMinutes(2)),
            Product("p1", "SHOE-1", "Trail shoe", "active", at),
            Product("p2", "SHOE-2", "Draft shoe", "draft", at),
            Product("p3", "BAG-1", "Bag", "active", at),
            Product("p4", null, "No sku", "active", at),
        ]);
        await sync.SettleAsync();

        var product = Assert.Single(sync.Sandbox.DefaultPortal.Objects(HubSpotObjectTypes.Products));
        Assert.Equal(("Trail shoe v2", "SHOE-1", "1000001/SHOE-1"), (product.Properties["name"], product.Properties["hs_sku"], product.Properties["ecom_product_key"]));
    }
}
