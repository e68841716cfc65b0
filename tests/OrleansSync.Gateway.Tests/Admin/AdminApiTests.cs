using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Admin.Status;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Tests.Builders;
using OrleansSync.Gateway.Tests.Infrastructure;
using System.Text.Json;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Portals;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Tests.Admin;

public sealed class AdminApiTests
{
    [Fact]
    public async Task GetStatus_SilosQueueDeadLettersAndPortals_ReadableAtAGlance()
    {
        var time = new ManualTimeProvider();
        await using var gateway = new GatewayFactory(time: time);
        gateway.Grains.Fault = _ => new TimeoutException("silo busy (test)");
        gateway.Grains.Portals[TestStores.PortalA] = new PortalStatus(TestStores.PortalA, 150, 50, 1_000, 2, 100, null, time.GetUtcNow(), "silo-1");
        var admin = new GatewayAdmin(gateway);
        await (await Deliver.ShopifyAsync(gateway.CreateClient(), "orders/create", new ShopifyOrderBuilder(41).Build(), "evt-status-1")).JsonAsync(HttpStatusCode.OK);
        await gateway.DeadLetters.AddAsync([new NewDeadLetter(DeadLetterKind.HubSpotRecord, new GrainIdentity("hubspot-portal", TestStores.PortalA), TestStores.PortalA, "contact:a@example.com", "{}", "400", 1)], CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(90));

        var status = await admin.GetAsync("/admin/status");

        var silo = Assert.Single(status.GetProperty("silos").EnumerateArray());
        Assert.Equal(("silo-1", "Active"), (silo.GetProperty("name").GetString(), silo.GetProperty("status").GetString()));
        var deliveries = status.GetProperty("deliveries");
        Assert.Equal(1, deliveries.GetProperty("pending").GetInt64());
        Assert.Equal(90.0, deliveries.GetProperty("oldestPendingAgeSeconds").GetDouble(), 6);
        var store = Assert.Single(deliveries.GetProperty("byStore").EnumerateArray());
        Assert.Equal((TestStores.Shopify, 1L), (store.GetProperty("storeId").GetString(), store.GetProperty("pending").GetInt64()));
        Assert.Equal(1, status.GetProperty("deadLetters").GetInt64());
        var portals = status.GetProperty("portals").EnumerateArray().ToDictionary(p => p.GetProperty("portalId").GetString()!);
        Assert.Equal([TestStores.PortalA, TestStores.PortalB], portals.Keys.Order());
        var a = portals[TestStores.PortalA];
        Assert.Equal(150, a.GetProperty("status").GetProperty("queued").GetInt32());
        var drain = a.GetProperty("drain");
        Assert.Equal((200L, 2L, 100), (drain.GetProperty("backlog").GetInt64(), drain.GetProperty("requestsToDrain").GetInt64(), drain.GetProperty("requestsPer10Seconds").GetInt32()));
        Assert.Equal(0.2, drain.GetProperty("etaToDrainSeconds").GetDouble(), 6);
        Assert.False(a.TryGetProperty("error", out _), "a portal that answered shows no error field");
        Assert.False(status.TryGetProperty("silosError", out _), "silos that answered show no error field");
        var b = portals[TestStores.PortalB];
        Assert.Contains("unreachable", b.GetProperty("error").GetString());
        Assert.False(b.TryGetProperty("status", out _) || b.TryGetProperty("drain", out _), "an unreachable portal shows only its error");
    }

    [Fact]
    public async Task GetStatus_NoSiloReachable_ShowsTheErrorInsteadOfFailing()
    {
        await using var gateway = new GatewayFactory();
        gateway.Grains.Silos = null;

        var status = await new GatewayAdmin(gateway).GetAsync("/admin/status");

        Assert.Empty(status.GetProperty("silos").EnumerateArray());
        Assert.Contains("No silo", status.GetProperty("silosError").GetString());
        Assert.Equal(0, status.GetProperty("deliveries").GetProperty("pending").GetInt64());
        Assert.All(status.GetProperty("portals").EnumerateArray(), p => Assert.NotNull(p.GetProperty("error").GetString()));
    }

    [Fact]
    public void DrainEstimate_25kRecordsAt190RequestsPer10s_SaysSaturatedAnd13Seconds()
    {
        var budget = new HubSpotBudgetOptions { PortalRequestsPer10Seconds = { ["7"] = 190 } };

        var estimate = DrainEstimate.For("7", 25_000, budget);

        Assert.Equal((250L, 0.0, 1900.0), (estimate.RequestsToDrain, estimate.Headroom, estimate.DrainRecordsPerSecond));
        Assert.Equal(250 * 10 / 190.0, estimate.EtaToDrainSeconds, 6);
        Assert.Equal(0.9, DrainEstimate.For("8", 1_000, budget).Headroom, 6);
    }

    [Fact]
    public async Task DeadLetters_ListInspectReplayDiscard_WorkThroughTheApi()
    {
        await using var gateway = new GatewayFactory();
        var client = new GatewayAdmin(gateway).Client;
        var grain = GrainKeys.Customer(TestStores.PortalA, "dl@example.com");
        var erase = new EraseCustomer(TestStores.PortalA, "dl@example.com", "r-1", "dpo", null, DateTimeOffset.UnixEpoch);
        var type = MessageTypes.NameOf(typeof(EraseCustomer));
        await gateway.DeadLetters.AddAsync(
            [
                new NewDeadLetter(DeadLetterKind.Message, grain, null, type, MessageTypes.Serialize(erase), "boom", 5),
                new NewDeadLetter(DeadLetterKind.Message, grain, null, type, MessageTypes.Serialize(erase with { RequestId = "r-2" }), "boom again", 5),
            ],
            CancellationToken.None);

        var page = await client.GetJsonAsync("/admin/dead-letters");
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        var one = await client.GetJsonAsync($"/admin/dead-letters/{ids[0]}");
        var replayed = await (await client.PostAsync($"/admin/dead-letters/{ids[0]}/replay", null)).JsonAsync(HttpStatusCode.OK);
        var discarded = await (await client.DeleteAsync($"/admin/dead-letters/{ids[1]}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(2, ids.Count);
        Assert.Equal(("customer", "1001/dl@example.com", "boom", MessageTypes.Serialize(erase)), (one.GetProperty("grainType").GetString(), one.GetProperty("grainKey").GetString(), one.GetProperty("error").GetString(), one.GetProperty("payload").GetString()));
        Assert.Equal("replayed", replayed.GetProperty("action").GetString());
        Assert.Equal("discarded", discarded.GetProperty("action").GetString());
        Assert.Empty((await client.GetJsonAsync("/admin/dead-letters")).GetProperty("items").EnumerateArray());
        await client.GetJsonAsync($"/admin/dead-letters/{ids[1]}", HttpStatusCode.NotFound);
        await (await client.PostAsync($"/admin/dead-letters/{ids[1]}/replay", null)).JsonAsync(HttpStatusCode.NotFound);
        var requeued = Assert.Single(gateway.Queue.Appended);
        Assert.Equal((grain, erase, $"dead-letter:{ids[0]}"), (requeued.Target, requeued.Message, requeued.DeduplicationKey));
        await Eventually.WaitAsync(() => gateway.Grains.AppliedBy(grain).Count == 1, $"the replayed erase applied by {grain}");
    }

    [Fact]
    public async Task DeadLetters_ReplayHubSpotRecord_HandsItBackToItsPortalGrain()
    {
        await using var gateway = new GatewayFactory();
        var client = new GatewayAdmin(gateway).Client;
        await gateway.DeadLetters.AddAsync(
            [new NewDeadLetter(DeadLetterKind.HubSpotRecord, new GrainIdentity("hubspot-portal", TestStores.PortalB), TestStores.PortalB, "contact:x@example.com", "{}", "400 INVALID_EMAIL", 1)],
            CancellationToken.None);
        var id = (await gateway.DeadLetters.ListAsync(null, 0, 10, CancellationToken.None)).Single().Id;

        await (await client.PostAsync($"/admin/dead-letters/{id}/replay", null)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((TestStores.PortalB, id), Assert.Single(gateway.Grains.PortalReplays));
        Assert.Empty(gateway.Queue.Appended);
    }

    [Fact]
    public async Task DeadLetters_ReplayUnreadableMessage_Returns409AndKeepsTheLetter()
    {
        await using var gateway = new GatewayFactory();
        await gateway.DeadLetters.AddAsync(
            [new NewDeadLetter(DeadLetterKind.Message, GrainKeys.Order(TestStores.Woo, "1"), null, "no.such.message.v9", "{}", "boom", 5)], CancellationToken.None);
        var id = (await gateway.DeadLetters.ListAsync(null, 0, 10, CancellationToken.None)).Single().Id;

        var problem = await (await new GatewayAdmin(gateway).Client.PostAsync($"/admin/dead-letters/{id}/replay", null)).JsonAsync(HttpStatusCode.Conflict);

        Assert.Equal(ProblemTypes.NotReplayable, problem.GetProperty("type").GetString());
        Assert.NotNull(await gateway.DeadLetters.GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task EraseByEmail_KnownPerson_PostsEraseToEachPortalErasesKeptDeliveriesAndAudits()
    {
        await using var gateway = new GatewayFactory();
        var client = new GatewayAdmin(gateway).Client;
        var body = new WooOrderBuilder(77).WithEmail("Forget.Me@example.com").Build();
        var rejected = await (await Deliver.WooCommerceAsync(gateway.CreateClient(), "order.created", body, secret: "wrong-secret")).JsonAsync(HttpStatusCode.Unauthorized);

        var response = await client.PostAsJsonAsync("/admin/gdpr/erasures", new { email = "forget.me@EXAMPLE.com", requestedBy = "dpo@shop", reason = "ticket 42" });

        var accepted = await response.JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(1, accepted.GetProperty("deliveriesErased").GetInt32());
        var erases = gateway.Queue.Appended.Where(m => m.Message is EraseCustomer).ToList();
        Assert.Equal(
            [GrainKeys.Customer(TestStores.PortalA, "forget.me@example.com"), GrainKeys.Customer(TestStores.PortalB, "forget.me@example.com")],
            erases.Select(m => m.Target).OrderBy(t => t.Key, StringComparer.Ordinal));
        Assert.All(erases, m => Assert.Equal(("dpo@shop", accepted.GetProperty("requestId").GetString()), (((EraseCustomer)m.Message).RequestedBy, ((EraseCustomer)m.Message).RequestId)));
        await client.GetJsonAsync($"/admin/deliveries/{rejected.GetProperty("recordId").GetInt64()}", HttpStatusCode.NotFound);
        var audit = Assert.Single((await client.GetJsonAsync("/admin/gdpr/erasures")).EnumerateArray());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("forget.me@example.com"))), audit.GetProperty("emailSha256").GetString());
        Assert.DoesNotContain("forget.me", audit.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EraseByEmail_MissingRequester_Returns400AndPostsNothing()
    {
        await using var gateway = new GatewayFactory();

        var response = await new GatewayAdmin(gateway).Client.PostAsJsonAsync("/admin/gdpr/erasures", new { email = "a@example.com" });

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("requestedBy", out _));
        Assert.Empty(gateway.Queue.Appended);
    }
}
