using System.Text.Json.Nodes;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.WooCommerce;
using OrleansSync.Testing;

namespace OrleansSync.Grains.Tests.TwoWay;

/// <summary>
/// Two-way sync end to end: HubSpot's signed webhooks → the grid → WooCommerce customer write-backs, and store changes →
/// HubSpot, under field ownership, with echoes of our own writes dropped in both directions.
/// </summary>
public sealed class TwoWaySyncTests
{
    private const string Email = "ann@example.com";

    [PostgresFact]
    public async Task SalesRepEditsPhone_StoreCustomerGetsItOnce_AndTheSystemGoesQuiet()
    {
        await using var rig = await TwoWayRig.StartAsync();
        await rig.AddCustomerAsync(7, Email, "Ann", "555-0100");
        await rig.SettleAsync();
        var contact = rig.HubSpot.Contact(Email)!;
        Assert.Equal("555-0100", contact.Properties["phone"]);
        rig.Cluster.Sandbox.DefaultPortal.ClearCalls();

        rig.Cluster.Sandbox.DefaultPortal.EditAsSalesRep("contacts", contact.Id, new Dictionary<string, string> { ["phone"] = "555-0199", ["city"] = "Shelbyville" });
        await rig.SettleAsync();

        var customer = rig.Store.Customers.Get(7);
        Assert.Equal(("555-0199", "Shelbyville"), ((string?)customer["billing"]!["phone"], (string?)customer["billing"]!["city"]));
        // One write per HubSpot event at most (both edits may also travel in one write).
        Assert.InRange(rig.StoreWrites.Puts.Count, 1, 2);
        Assert.Equal("555-0199", rig.HubSpot.Contact(Email)!.Properties["phone"]);
        // The store's customer.updated echo of our write changed nothing: no contact write went back to HubSpot.
        Assert.DoesNotContain(rig.Cluster.Sandbox.DefaultPortal.Calls(), c => c.Path.Contains("/contacts/batch/upsert", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task PhoneRenamedToMobilePhone_RepEditOfMobilePhoneReachesTheStore_AndAnEditOfThePlainPhoneIsIgnored()
    {
        // The app subscribes to the property it writes (the README's subscription list, with mobilephone for phone).
        await using var rig = await TwoWayRig.StartAsync(
            new Dictionary<string, string?> { ["SyncMapping:PropertyNames:phone"] = "mobilephone" },
            p => p.WebhookProperties = ["email", "firstname", "lastname", "phone", "mobilephone", "address", "city", "state", "zip", "country"]);
        await rig.AddCustomerAsync(15, Email, "Ann", "555-0100");
        await rig.SettleAsync();
        var contact = rig.HubSpot.Contact(Email)!;
        Assert.Equal("555-0100", contact.Properties["mobilephone"]);
        var portal = rig.Cluster.Sandbox.DefaultPortal;

        portal.EditAsSalesRep("contacts", contact.Id, new Dictionary<string, string> { ["phone"] = "555-0111" });
        await rig.SettleAsync();
        Assert.Empty(rig.StoreWrites.Puts);
        portal.EditAsSalesRep("contacts", contact.Id, new Dictionary<string, string> { ["mobilephone"] = "555-0199" });
        await rig.SettleAsync();

        Assert.Equal("555-0199", (string?)rig.Store.Customers.Get(15)["billing"]!["phone"]);
        Assert.Single(rig.StoreWrites.Puts);
        Assert.Equal(("555-0199", "555-0111"), (rig.HubSpot.Contact(Email)!.Properties["mobilephone"], rig.HubSpot.Contact(Email)!.Properties["phone"]));
    }

    [PostgresFact]
    public async Task StoreDownWhenRepEdits_WriteBackIsRetriedUntilTheStoreTakesIt()
    {
        await using var rig = await TwoWayRig.StartAsync();
        await rig.AddCustomerAsync(14, Email, "Ann", "555-0100");
        await rig.SettleAsync();
        rig.Store.Outage = true;

        rig.Cluster.Sandbox.DefaultPortal.EditAsSalesRep("contacts", rig.HubSpot.Contact(Email)!.Id, new Dictionary<string, string> { ["phone"] = "555-0177" });
        await Wait.UntilAsync(() => rig.StoreWrites.Refused >= 2, TimeSpan.FromSeconds(60), "two write-backs refused by the store that is down");
        rig.Store.Outage = false;
        await rig.SettleAsync();

        Assert.Equal("555-0177", (string?)rig.Store.Customers.Get(14)["billing"]!["phone"]);
        Assert.Single(rig.StoreWrites.Puts);
    }

    [PostgresFact]
    public async Task StoreChangesPhone_HubSpotGetsIt_AndItsWebhookOfOurWriteIsNotWrittenBack()
    {
        await using var rig = await TwoWayRig.StartAsync();
        await rig.AddCustomerAsync(8, Email, "Ann", "555-0100");
        await rig.SettleAsync();
        var eventsBefore = rig.HubSpotEvents;

        var changed = rig.Store.Change(StoreResource.Customers, 8, c => c["billing"]!["phone"] = "555-0222");
        await rig.StoreWebhookAsync(changed);
        await rig.SettleAsync();

        Assert.Equal("555-0222", rig.HubSpot.Contact(Email)!.Properties["phone"]);
        Assert.True(rig.HubSpotEvents > eventsBefore, "HubSpot announced our write with a webhook");
        Assert.Empty(rig.StoreWrites.Puts);
    }

    [PostgresFact]
    public async Task SharedFieldChangedOnBothSides_TheLaterChangeWinsEverywhere()
    {
        await using var rig = await TwoWayRig.StartAsync();
        await rig.AddCustomerAsync(9, Email, "Ann", "555-0100");
        await rig.AddCustomerAsync(10, "bob@example.com", "Bob", "555-0300");
        await rig.SettleAsync();
        var portal = rig.Cluster.Sandbox.DefaultPortal;

        // Ann: the rep's edit is later than the store's change, which arrives after it: HubSpot's value wins.
        var storeEarlier = Modified(rig, 9, c => c["first_name"] = "Annette", DateTimeOffset.UtcNow.AddMinutes(-5));
        portal.EditAsSalesRep("contacts", rig.HubSpot.Contact(Email)!.Id, new Dictionary<string, string> { ["firstname"] = "Anna" });
        await rig.SettleAsync();
        await rig.StoreWebhookAsync(storeEarlier);

        // Bob: the store's change is later than the rep's edit: the store's value wins.
        portal.EditAsSalesRep("contacts", rig.HubSpot.Contact("bob@example.com")!.Id, new Dictionary<string, string> { ["firstname"] = "Robert" });
        await rig.SettleAsync();
        var storeLater = Modified(rig, 10, c => c["first_name"] = "Bobby", DateTimeOffset.UtcNow.AddMinutes(5));
        await rig.StoreWebhookAsync(storeLater);
        await rig.SettleAsync();

        Assert.Equal(("Anna", "Anna"), (rig.HubSpot.Contact(Email)!.Properties["firstname"], (string?)rig.Store.Customers.Get(9)["first_name"]));
        Assert.Equal(("Bobby", "Bobby"), (rig.HubSpot.Contact("bob@example.com")!.Properties["firstname"], (string?)rig.Store.Customers.Get(10)["first_name"]));
    }

    [PostgresFact]
    public async Task OwnedFieldsEditedInHubSpot_OwnershipWinsWhateverTheTimestamps()
    {
        await using var rig = await TwoWayRig.StartAsync();
        var customer = await rig.AddCustomerAsync(11, Email, "Ann", "555-0100");
        customer["billing"]!["company"] = "Acme Stores";
        rig.Store.Put(StoreResource.Customers, customer);
        await rig.StoreWebhookAsync(customer);
        await rig.SettleAsync();
        var id = rig.HubSpot.Contact(Email)!.Id;

        // company is store-owned; lead status is HubSpot's. Both edits are later than anything the store sent.
        rig.Cluster.Sandbox.DefaultPortal.EditAsSalesRep("contacts", id, new Dictionary<string, string> { ["company"] = "Rep's Guess Inc", ["hs_lead_status"] = "IN_PROGRESS" });
        await rig.SettleAsync();
        await rig.StoreWebhookAsync(rig.Store.Change(StoreResource.Customers, 11, c => c["billing"]!["phone"] = "555-0111"));
        await rig.SettleAsync();

        var contact = rig.HubSpot.Contact(Email)!;
        Assert.Equal(("Acme Stores", "IN_PROGRESS", "555-0111"), (contact.Properties["company"], contact.Properties["hs_lead_status"], contact.Properties["phone"]));
        Assert.Empty(rig.StoreWrites.Puts);
    }

    [PostgresFact]
    public async Task ContactMergedThenDeletedInHubSpot_IdentityFollowsAndTheNextStoreChangeRecreatesTheContact()
    {
        await using var rig = await TwoWayRig.StartAsync();
        await rig.AddCustomerAsync(12, Email, "Ann", "555-0100");
        await rig.AddCustomerAsync(13, "ann.work@example.com", "Ann", "555-0100");
        await rig.SettleAsync();
        var portal = rig.Cluster.Sandbox.DefaultPortal;
        var survivor = rig.HubSpot.Contact(Email)!.Id;
        var absorbed = rig.HubSpot.Contact("ann.work@example.com")!.Id;

        portal.MergeContactsAsSalesRep(survivor, absorbed);
        await rig.SettleAsync();
        Assert.Equal(survivor, await HubSpotIdAsync(rig, "ann.work@example.com"));

        portal.DeleteAsSalesRep("contacts", survivor);
        await rig.SettleAsync();
        Assert.Null(await HubSpotIdAsync(rig, Email));
        await rig.StoreWebhookAsync(rig.Store.Change(StoreResource.Customers, 12, c => c["billing"]!["phone"] = "555-0123"));
        await rig.SettleAsync();

        var recreated = rig.HubSpot.Contact(Email)!;
        Assert.NotEqual(survivor, recreated.Id);
        Assert.Equal(recreated.Id, await HubSpotIdAsync(rig, Email));
    }

    private static JsonObject Modified(TwoWayRig rig, long id, Action<JsonObject> change, DateTimeOffset modifiedAt)
    {
        var record = rig.Store.Customers.Get(id).DeepClone().AsObject();
        change(record);
        record["date_modified_gmt"] = WooCommerceGenerator.Gmt(modifiedAt);
        rig.Store.Put(StoreResource.Customers, record);
        return record;
    }

    private static async Task<string?> HubSpotIdAsync(TwoWayRig rig, string email)
    {
        var state = await rig.Cluster.StoredStateAsync(GrainKeys.Customer(SyncCluster.PortalId, email));
        return state.GetProperty("state").TryGetProperty("hubSpotId", out var id) ? id.GetString() : null;
    }
}
