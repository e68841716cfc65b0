using Microsoft.Extensions.DependencyInjection;
using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Client;

/// <summary>
/// HubSpot exempts association batches and event sends from the rolling 10-second window; the client must not spend the
/// window's slots on them, or a backlog's associations would slow its record writes.
/// </summary>
public sealed class TenSecondWindowTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task AssociationBatchesAndEventSends_TakeNoSlotOfTheWindow_RecordWritesKeepThem()
    {
        var (portal, _) = fixture.NewPortal(requestsPerInterval: 5);
        var items = Enumerable.Range(0, 250).Select(i => portal.Seed("line_items", new Dictionary<string, string> { ["name"] = $"L{i}" })).ToList();
        var deal = portal.Seed("deals", new Dictionary<string, string> { ["dealname"] = "D" });
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 5);
        var client = services.GetRequiredService<HubSpotClient>();
        var limiter = services.GetRequiredService<HubSpotRateLimiter>();

        await client.UpsertAsync(HubSpotObjectTypes.Contacts, "email", ClientFactory.Contacts(2), CancellationToken.None);
        var associated = await client.CreateAssociationsAsync(HubSpotObjectTypes.LineItems, HubSpotObjectTypes.Deals, [.. items.Select(i => new AssociationInput(i.Id, deal.Id, 20))], CancellationToken.None);
        var events = await client.SendEventsAsync(
            [.. Enumerable.Range(0, 600).Select(i => new BehavioralEvent($"pe{portal.PortalId}_order_placed", $"u{i}", DateTimeOffset.UnixEpoch, new Dictionary<string, string> { ["total"] = "9.99" }, Email: $"e{i}@x.io"))],
            CancellationToken.None);

        Assert.Equal(250, associated.Succeeded.Count);
        Assert.Equal(600, events.Succeeded.Count);
        Assert.Equal(5, portal.Calls().Count(c => c.Status is >= 200 and < 300) - 1); // 1 upsert + 3 association batches + 2 event sends
        Assert.Equal(4, limiter.GetStatistics()!.CurrentAvailablePermits);
        Assert.DoesNotContain(portal.Calls(), c => c.Status == 429);
    }
}
