using System.Net;
using OrleansSync.Contracts.HubSpotChanges;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.HubSpotWebhooks;

public sealed class HubSpotWebhookTests
{
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    private static GatewayFactory Gateway(Action<Dictionary<string, string?>>? more = null) =>
        new(configure: s => { HubSpotDelivery.Settings(s); more?.Invoke(s); }, time: Clock);

    [Fact]
    public async Task Deliver_SignedV3PropertyChange_AppendsTheChangeForTheContactsAliasGrain()
    {
        await using var gateway = Gateway();
        var at = Clock.GetUtcNow().AddSeconds(-20);

        var response = await HubSpotDelivery.PostV3Async(gateway.CreateClient(), HubSpotDelivery.PropertyChange(1, at.ToUnixTimeMilliseconds(), "phone", "+1 555 0100"), Clock.GetUtcNow());

        var answer = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("appended", answer.GetProperty("status").GetString());
        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.CustomerByHubSpotId(HubSpotDelivery.PortalId, "501"), message.Target);
        var change = Assert.IsType<ContactPropertyChanged>(message.Message);
        Assert.Equal(("phone", "+1 555 0100", at.ToUnixTimeMilliseconds()), (change.Property, change.Value, change.OccurredAt.ToUnixTimeMilliseconds()));
        Assert.Equal(new ChangeOrigin("CRM_UI", "userId:77", ByThisApp: false), change.Origin);
    }

    [Fact]
    public async Task Deliver_SameEventTwice_AppendsItOnce()
    {
        await using var gateway = Gateway();
        var body = HubSpotDelivery.PropertyChange(2, Clock.GetUtcNow().ToUnixTimeMilliseconds(), "firstname", "Ann");
        var client = gateway.CreateClient();

        await (await HubSpotDelivery.PostV3Async(client, body, Clock.GetUtcNow())).JsonAsync(HttpStatusCode.OK);
        var again = await (await HubSpotDelivery.PostV3Async(client, body, Clock.GetUtcNow())).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("duplicate", again.GetProperty("status").GetString());
        Assert.Single(gateway.Queue.Appended);
    }

    [Fact]
    public async Task Deliver_ChangeWrittenByOurOwnApp_IsMarkedAsOurs()
    {
        await using var gateway = Gateway();

        var body = HubSpotDelivery.PropertyChange(3, Clock.GetUtcNow().ToUnixTimeMilliseconds(), "phone", "1", changeSource: "INTEGRATION", sourceId: HubSpotDelivery.AppId);
        await (await HubSpotDelivery.PostV3Async(gateway.CreateClient(), body, Clock.GetUtcNow())).JsonAsync(HttpStatusCode.OK);

        Assert.True(Assert.IsType<ContactPropertyChanged>(Assert.Single(gateway.Queue.Appended).Message).Origin.ByThisApp);
    }

    [Fact]
    public async Task Deliver_WrongSecret_Returns401AndKeepsTheDeliveryWithTheReason()
    {
        await using var gateway = Gateway();

        var response = await HubSpotDelivery.PostV3Async(gateway.CreateClient(), HubSpotDelivery.PropertyChange(4, 1, "phone", "1"), Clock.GetUtcNow(), secret: "not-the-secret");

        var problem = await response.JsonAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Invalid signature", problem.GetProperty("title").GetString());
        Assert.Empty(gateway.Queue.Appended);
        var kept = await KeptAsync(gateway, problem);
        Assert.Contains("X-HubSpot-Signature-v3", kept.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_TimestampSixMinutesOld_Returns401StaleAndKeepsIt()
    {
        await using var gateway = Gateway();

        var response = await HubSpotDelivery.PostV3Async(gateway.CreateClient(), HubSpotDelivery.PropertyChange(5, 1, "phone", "1"), Clock.GetUtcNow().AddMinutes(-6));

        var problem = await response.JsonAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Stale timestamp", problem.GetProperty("title").GetString());
        Assert.Empty(gateway.Queue.Appended);
        Assert.StartsWith("Stale timestamp", (await KeptAsync(gateway, problem)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_V1SignatureNotConfigured_Returns401()
    {
        await using var gateway = Gateway();

        var response = await HubSpotDelivery.PostV1Async(gateway.CreateClient(), HubSpotDelivery.PropertyChange(6, 1, "phone", "1"));

        Assert.Equal("Missing signature", (await response.JsonAsync(HttpStatusCode.Unauthorized)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Deliver_V1AndV2WhenConfigured_AreAccepted()
    {
        await using var gateway = Gateway(s => (s["HubSpot:SignatureVersions:0"], s["HubSpot:SignatureVersions:1"]) = ("v1", "v2"));
        var client = gateway.CreateClient();

        await (await HubSpotDelivery.PostV1Async(client, HubSpotDelivery.PropertyChange(7, 1, "phone", "1"))).JsonAsync(HttpStatusCode.OK);
        await (await HubSpotDelivery.PostV2Async(client, HubSpotDelivery.PropertyChange(8, 2, "phone", "2"))).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(2, gateway.Queue.Appended.Count);
    }

    [Fact]
    public async Task Deliver_MergeAndDeletion_TellTheAbsorbedAndTheDeletedContacts()
    {
        await using var gateway = Gateway();
        var at = Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var body = $$"""
            [{"eventId":9,"subscriptionId":30,"portalId":1001,"appId":4242,"occurredAt":{{at}},"subscriptionType":"contact.merge","attemptNumber":0,"objectId":600,"changeSource":"CRM_UI","primaryObjectId":600,"mergedObjectIds":[601],"newObjectId":600,"numberOfPropertiesMoved":3},
             {"eventId":10,"subscriptionId":31,"portalId":1001,"appId":4242,"occurredAt":{{at}},"subscriptionType":"contact.deletion","attemptNumber":0,"objectId":700,"changeSource":"CRM_UI"},
             {"eventId":11,"subscriptionId":32,"portalId":1001,"appId":4242,"occurredAt":{{at}},"subscriptionType":"deal.creation","attemptNumber":0,"objectId":800,"changeSource":"CRM_UI"}]
            """;

        await (await HubSpotDelivery.PostV3Async(gateway.CreateClient(), body, Clock.GetUtcNow())).JsonAsync(HttpStatusCode.OK);

        var merged = Assert.Single(gateway.Queue.Events<ContactMergedInto>());
        Assert.Equal(("601", "600"), (merged.ContactId, merged.SurvivorId));
        Assert.Equal("700", Assert.Single(gateway.Queue.Events<ContactRemoved>()).ContactId);
        Assert.Equal("800", Assert.Single(gateway.Queue.Events<DealChanged>()).DealId);
        Assert.Equal(3, gateway.Queue.Appended.Count);
    }

    [Fact]
    public async Task Deliver_DealCreationAndStageChange_GoToTheDealsOrderGrain_OtherDealPropertiesAreIgnored()
    {
        await using var gateway = Gateway();
        var at = Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var body = $$"""
            [{"eventId":20,"subscriptionId":40,"portalId":1001,"appId":4242,"occurredAt":{{at}},"subscriptionType":"deal.creation","attemptNumber":0,"objectId":900,"changeSource":"CRM_UI","sourceId":"userId:77"},
             {"eventId":21,"subscriptionId":41,"portalId":1001,"appId":4242,"occurredAt":{{at}},"subscriptionType":"deal.propertyChange","attemptNumber":0,"objectId":900,"propertyName":"dealstage","propertyValue":"upsell","changeSource":"CRM_UI","sourceId":"userId:77"},
             {"eventId":22,"subscriptionId":41,"portalId":1001,"appId":4242,"occurredAt":{{at}},"subscriptionType":"deal.propertyChange","attemptNumber":0,"objectId":900,"propertyName":"amount","propertyValue":"10","changeSource":"CRM_UI","sourceId":"userId:77"},
             {"eventId":23,"subscriptionId":41,"portalId":1001,"appId":4242,"occurredAt":{{at}},"subscriptionType":"deal.propertyChange","attemptNumber":0,"objectId":901,"propertyName":"dealstage","propertyValue":"x","changeSource":"INTEGRATION","sourceId":"{{HubSpotDelivery.AppId}}"}]
            """;

        await (await HubSpotDelivery.PostV3Async(gateway.CreateClient(), body, Clock.GetUtcNow())).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(3, gateway.Queue.Appended.Count);
        Assert.All(gateway.Queue.Appended, m => Assert.Equal(GrainTypes.DealOrder, m.Target.Type));
        var changes = gateway.Queue.Events<DealChanged>().ToList();
        Assert.Equal([("900", null, false), ("900", "dealstage", false), ("901", "dealstage", true)], changes.Select(c => (c.DealId, c.Property, c.Origin.ByThisApp)).ToList());
        Assert.Equal(GrainKeys.DealOrder(HubSpotDelivery.PortalId, "900"), gateway.Queue.Appended[0].Target);
    }

    [Fact]
    public async Task Deliver_BodyOverTheGatewaysLimit_Returns413AndKeepsItTruncated()
    {
        await using var gateway = Gateway(s => s["Gateway:MaxBodyBytes"] = "1024");
        var body = HubSpotDelivery.PropertyChange(12, 1, "notes", new string('x', 4096));

        var response = await HubSpotDelivery.PostV3Async(gateway.CreateClient(), body, Clock.GetUtcNow());

        var problem = await response.JsonAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Body too large", problem.GetProperty("title").GetString());
        Assert.Empty(gateway.Queue.Appended);
        var kept = await KeptAsync(gateway, problem, 413);
        Assert.True(kept.BodyTruncated);
    }

    private static async Task<DeliveryRecord> KeptAsync(GatewayFactory gateway, System.Text.Json.JsonElement problem, int status = 401)
    {
        var kept = await gateway.Deliveries.GetAsync(problem.GetProperty("recordId").GetInt64(), CancellationToken.None);
        Assert.NotNull(kept);
        Assert.Equal((DeliveryKind.Rejected, "hubspot", status), (kept.Kind, kept.Platform, kept.StatusCode));
        return kept;
    }
}
