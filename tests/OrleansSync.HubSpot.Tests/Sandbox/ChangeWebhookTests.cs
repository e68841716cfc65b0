using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Sandbox;

/// <summary>The sandbox announces record changes with the webhooks HubSpot sends, naming who made each change.</summary>
public sealed class ChangeWebhookTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task ApiCreateThenRepEdits_SendCreationAsIntegrationAndOnlyRealChangesAsCrmUi()
    {
        var events = new ConcurrentQueue<JsonElement>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var receiver = builder.Build();
        receiver.MapPost("/hooks", async (HttpContext http) =>
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            foreach (var e in body.RootElement.EnumerateArray())
            {
                events.Enqueue(e.Clone());
            }

            return Results.Ok();
        });
        await receiver.StartAsync();
        var token = $"pat-na1-webhooks-{Guid.NewGuid():N}";
        var portal = fixture.Sandbox.AddPortal(new SandboxPortalOptions
        {
            PortalId = 3_000_000 + Random.Shared.Next(100_000),
            AccessToken = token,
            WebhookTargetUrl = new Uri(receiver.Urls.First() + "/hooks"),
            WebhookClientSecret = "app-secret",
            AppId = 777,
            WebhookRetryDelay = TimeSpan.FromMilliseconds(50),
        });

        var created = await new HubSpotHttp(fixture.Sandbox.BaseUrl, token).PostAsync("/crm/v3/objects/contacts", """{"properties":{"email":"w@example.com","phone":"1"}}""");
        var id = created.Str("id")!;
        portal.EditAsSalesRep("contacts", id, new Dictionary<string, string> { ["phone"] = "2" });
        portal.EditAsSalesRep("contacts", id, new Dictionary<string, string> { ["phone"] = "2" });
        portal.DeleteAsSalesRep("contacts", id);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!events.Any(e => e.GetProperty("subscriptionType").GetString() == "contact.deletion"))
        {
            await Task.Delay(50, deadline.Token);
        }

        Assert.Collection(
            events,
            e => Assert.Equal(("contact.creation", "INTEGRATION", "777"), Who(e)),
            e =>
            {
                Assert.Equal(("contact.propertyChange", "CRM_UI", "userId:1"), Who(e));
                Assert.Equal(("phone", "2"), (e.GetProperty("propertyName").GetString(), e.GetProperty("propertyValue").GetString()));
            },
            e => Assert.Equal(("contact.deletion", "CRM_UI", "userId:1"), Who(e)));
        Assert.All(events, e => Assert.Equal(portal.PortalId, e.GetProperty("portalId").GetInt64()));
    }

    [Fact]
    public async Task RepCreatesDealWithLineItemsAndContact_AllAssociatedBeforeOneDealCreationFromCrmUi()
    {
        var events = new ConcurrentQueue<JsonElement>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var receiver = builder.Build();
        receiver.MapPost("/hooks", async (HttpContext http) =>
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            foreach (var e in body.RootElement.EnumerateArray())
            {
                events.Enqueue(e.Clone());
            }

            return Results.Ok();
        });
        await receiver.StartAsync();
        var token = $"pat-na1-deal-webhooks-{Guid.NewGuid():N}";
        var portal = fixture.Sandbox.AddPortal(new SandboxPortalOptions
        {
            PortalId = 3_100_000 + Random.Shared.Next(100_000),
            AccessToken = token,
            WebhookTargetUrl = new Uri(receiver.Urls.First() + "/hooks"),
            WebhookClientSecret = "app-secret",
            AppId = 778,
            WebhookRetryDelay = TimeSpan.FromMilliseconds(50),
        });
        var contact = portal.Seed("contacts", new Dictionary<string, string> { ["email"] = "buyer@example.com" });
        await WaitForAsync(events, "contact.creation");

        var answer = await new HubSpotHttp(fixture.Sandbox.BaseUrl, token).PostAsync($"/_sandbox/portals/{portal.PortalId}/objects/deals", $$"""
            {"properties":{"dealname":"Upsell","pipeline":"default","dealstage":"qualifiedtobuy"},
             "lineItems":[{"name":"Warranty","quantity":"2","price":"25.00"},{"name":"Setup","quantity":"1","price":"99.50"}],
             "contactId":"{{contact.Id}}"}
            """);
        var dealId = answer.Json.GetProperty("id").GetString()!;
        await WaitForAsync(events, "deal.creation");

        var creation = Assert.Single(events, e => e.GetProperty("subscriptionType").GetString() == "deal.creation");
        Assert.Equal(("deal.creation", "CRM_UI", "userId:1"), Who(creation));
        Assert.Equal(dealId, creation.GetProperty("objectId").GetRawText());
        var links = portal.Associations().Where(a => a.FromObjectType == "deals" && a.FromId == dealId).ToList();
        Assert.Equal(2, links.Count(a => a.ToObjectType == "line_items"));
        Assert.Single(links, a => a.ToObjectType == "contacts" && a.ToId == contact.Id);
        Assert.Equal(["50.00", "99.50"], portal.Objects("line_items").Select(l => l.Properties["amount"]).Order());
    }

    private static async Task WaitForAsync(ConcurrentQueue<JsonElement> events, string subscriptionType)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!events.Any(e => e.GetProperty("subscriptionType").GetString() == subscriptionType))
        {
            await Task.Delay(50, deadline.Token);
        }
    }

    private static (string?, string?, string?) Who(JsonElement e) =>
        (e.GetProperty("subscriptionType").GetString(), e.GetProperty("changeSource").GetString(), e.GetProperty("sourceId").GetString());
}
