using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Testing;

namespace OrleansSync.Grains.Tests.TwoWay;

/// <summary>
/// The HubSpot → store round trip on every platform with a customer writer besides WooCommerce (whose round trips are in
/// <see cref="TwoWaySyncTests"/>): the rep's edit reaches the store once, the store's webhook of that write is recognised as
/// our own, and nothing more moves.
/// </summary>
public sealed class TwoWayPlatformTests
{
    private const string Email = "ann@example.com";

    public static TheoryData<string> Platforms => ["Shopify", "BigCommerce", "Magento", "Commercetools"];

    [PostgresTheory]
    [MemberData(nameof(Platforms))]
    public async Task SalesRepEditsPhone_StoreCustomerGetsItOnce_NoEchoGoesBackToHubSpot_AndTheSystemGoesQuiet(string platform)
    {
        await using var rig = await TwoWayRig.StartAsync(StoreOf(platform));
        await rig.AddStoreCustomerAsync(7, Email, "Ann", "555-0100");
        await rig.SettleAsync();
        var contact = rig.HubSpot.Contact(Email)!;
        Assert.Equal("555-0100", contact.Properties["phone"]);
        rig.Cluster.Sandbox.DefaultPortal.ClearCalls();

        rig.Cluster.Sandbox.DefaultPortal.EditAsSalesRep("contacts", contact.Id, new Dictionary<string, string> { ["phone"] = "555-0199" });
        await rig.SettleAsync();
        var writes = rig.PlatformStore.Writes;
        await rig.SettleAsync();

        Assert.Equal(("555-0199", "Springfield"), rig.PlatformStore.Customer(7));
        Assert.Equal(1, writes);
        Assert.Equal(writes, rig.PlatformStore.Writes);
        Assert.Equal("555-0199", rig.HubSpot.Contact(Email)!.Properties["phone"]);
        Assert.DoesNotContain(rig.Cluster.Sandbox.DefaultPortal.Calls(), c => c.Path.Contains("/contacts/batch/upsert", StringComparison.Ordinal));
    }

    /// <summary>
    /// Shopify and BigCommerce keep the address apart from the customer: a write-back of a customer field and the address
    /// (two rep edits that waited together while the store was down) is two calls, each announced by its own webhook. The
    /// first shows one field as written and the other as it was — our own write half done, not a store change that would
    /// put the old value back into HubSpot while the store ends with the new one.
    /// </summary>
    [PostgresTheory]
    [InlineData("Shopify")]
    [InlineData("BigCommerce")]
    public async Task RepEditsPhoneThenCityWhileStoreIsDown_StoreTakesBothInTwoCalls_HubSpotKeepsTheRepsValues(string platform)
    {
        await using var rig = await TwoWayRig.StartAsync(StoreOf(platform));
        await rig.AddStoreCustomerAsync(7, Email, "Ann", "555-0100");
        await rig.SettleAsync();
        var contact = rig.HubSpot.Contact(Email)!;
        rig.PlatformStore.Outage = true;

        rig.Cluster.Sandbox.DefaultPortal.EditAsSalesRep("contacts", contact.Id, new Dictionary<string, string> { ["phone"] = "555-0199" });
        rig.Cluster.Sandbox.DefaultPortal.EditAsSalesRep("contacts", contact.Id, new Dictionary<string, string> { ["city"] = "Shelbyville" });
        await Wait.UntilAsync(async () => await PendingWriteBacksAsync(rig) == 2, TimeSpan.FromSeconds(60), "both rep edits waiting as write-backs");
        rig.PlatformStore.Outage = false;
        await rig.SettleAsync();
        var writes = rig.PlatformStore.Writes;
        await rig.SettleAsync();

        Assert.Equal(("555-0199", "Shelbyville"), rig.PlatformStore.Customer(7));
        var after = rig.HubSpot.Contact(Email)!.Properties;
        Assert.Equal(("555-0199", "Shelbyville"), (after["phone"], after["city"]));
        Assert.Equal(writes, rig.PlatformStore.Writes);
    }

    private static async Task<int> PendingWriteBacksAsync(TwoWayRig rig)
    {
        var stored = await rig.Cluster.StoredStateAsync(GrainKeys.Customer(SyncCluster.PortalId, Email));
        return stored.TryGetProperty("state", out var state) && state.TryGetProperty("storeWriteBacks", out var stores)
            && stores.TryGetProperty(TwoWayStore.StoreId, out var pending) ? pending.GetArrayLength() : 0;
    }

    private static TwoWayStore StoreOf(string platform) => platform switch
    {
        "Shopify" => new ShopifyTwoWayStore(),
        "BigCommerce" => new BigCommerceTwoWayStore(),
        "Magento" => new MagentoTwoWayStore(),
        "Commercetools" => new CommerceToolsTwoWayStore(),
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, null),
    };
}
