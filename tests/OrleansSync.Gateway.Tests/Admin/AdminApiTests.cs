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
using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.Grains;

namespace OrleansSync.Gateway.Tests.Admin;

public sealed class AdminApiTests
{
    [Fact]
    public async Task GetStatus_OutboxBacklogForAPortal_ShowsShardsPortalsHeadroomAndEta()
    {
        await using var gateway = new GatewayFactory();
        var admin = new GatewayAdmin(gateway);
        await gateway.DeadLetters.AddAsync([new NewDeadLetter(DeadLetterKind.Outbox, new GrainId("hubspot-portal", TestStores.PortalA), TestStores.PortalA, "contact:a@example.com", "{}", "429", 3)], CancellationToken.None);
        var letter = (await gateway.DeadLetters.ListAsync(null, 0, 10, CancellationToken.None)).Single();
        await gateway.DeadLetters.ReplayAsync(letter.Id, CancellationToken.None);

        var status = await admin.GetAsync("/admin/status");

        Assert.Equal(64, status.GetProperty("shards").GetInt32());
        Assert.Equal(64, status.GetProperty("unownedShards").GetInt32());
        var portals = status.GetProperty("portals").EnumerateArray().ToDictionary(p => p.GetProperty("portalId").GetString()!);
        Assert.Equal([TestStores.PortalA, TestStores.PortalB], portals.Keys.Order());
        var a = portals[TestStores.PortalA];
        Assert.Equal((1L, 1L, 100), (a.GetProperty("outboxBacklog").GetInt64(), a.GetProperty("requestsToDrain").GetInt64(), a.GetProperty("requestsPer10Seconds").GetInt32()));
        Assert.Equal(0.1, a.GetProperty("etaToDrainSeconds").GetDouble(), 6);
        Assert.Equal(1.0, portals[TestStores.PortalB].GetProperty("headroom").GetDouble());
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
        await gateway.DeadLetters.AddAsync(
            [
                new NewDeadLetter(DeadLetterKind.Message, grain, null, "customer.updated.v1", """{"x":1}""", "boom", 5),
                new NewDeadLetter(DeadLetterKind.Message, grain, null, "customer.updated.v1", """{"x":2}""", "boom again", 5),
            ],
            CancellationToken.None);

        var page = await client.GetJsonAsync("/admin/dead-letters");
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        var one = await client.GetJsonAsync($"/admin/dead-letters/{ids[0]}");
        var replayed = await (await client.PostAsync($"/admin/dead-letters/{ids[0]}/replay", null)).JsonAsync(HttpStatusCode.OK);
        var discarded = await (await client.DeleteAsync($"/admin/dead-letters/{ids[1]}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(2, ids.Count);
        Assert.Equal(("customer", "1001/dl@example.com", "boom", """{"x":1}"""), (one.GetProperty("grainType").GetString(), one.GetProperty("grainKey").GetString(), one.GetProperty("error").GetString(), one.GetProperty("payload").GetString()));
        Assert.Equal("replayed", replayed.GetProperty("action").GetString());
        Assert.Equal("discarded", discarded.GetProperty("action").GetString());
        Assert.Empty((await client.GetJsonAsync("/admin/dead-letters")).GetProperty("items").EnumerateArray());
        await client.GetJsonAsync($"/admin/dead-letters/{ids[1]}", HttpStatusCode.NotFound);
        await (await client.PostAsync($"/admin/dead-letters/{ids[1]}/replay", null)).JsonAsync(HttpStatusCode.NotFound);
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
        var erases = gateway.Grid.Appended.Where(m => m.Message is EraseCustomer).ToList();
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
        Assert.Empty(gateway.Grid.Appended);
    }
}
