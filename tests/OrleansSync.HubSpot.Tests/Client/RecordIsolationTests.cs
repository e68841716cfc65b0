using Microsoft.Extensions.DependencyInjection;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Client;

public sealed class RecordIsolationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task UpsertAsync_OneInvalidRecordIn100_Other99LandAndTheBadOneCarriesHubSpotsError()
    {
        var (portal, _) = fixture.NewPortal();
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 100);
        var records = ClientFactory.Contacts(100).ToList();
        records[37] = new UpsertRecord(records[37].Key, new Dictionary<string, string> { ["lifecyclestage"] = "not-a-stage" });

        var result = await services.GetRequiredService<HubSpotClient>().UpsertAsync(HubSpotObjectTypes.Contacts, "email", records, CancellationToken.None);

        Assert.Equal(99, result.Succeeded.Count);
        var failure = Assert.Single(result.Failed);
        Assert.Equal(records[37].Key, failure.Key);
        Assert.Equal("VALIDATION_ERROR", failure.Error.Category);
        Assert.Contains("INVALID_OPTION", failure.Error.Message);
        Assert.Equal(99, portal.Objects("contacts").Count);
    }

    [Fact]
    public async Task UpsertAsync_SandboxWithoutPartialBatches_IsolatesTheBadRecordBySplitting()
    {
        await using var strict = await HubSpotSandboxHost.StartAsync(new SandboxOptions { PartialBatches = PartialBatchMode.Never }, CancellationToken.None);
        await using var services = ClientFactory.Create(strict, strict.AccessToken, requestsPerInterval: 100);
        var records = ClientFactory.Contacts(100).ToList();
        records[5] = new UpsertRecord(records[5].Key, new Dictionary<string, string> { ["no_such_property"] = "x" });

        var result = await services.GetRequiredService<HubSpotClient>().UpsertAsync(HubSpotObjectTypes.Contacts, "email", records, CancellationToken.None);

        Assert.Equal(99, result.Succeeded.Count);
        Assert.Equal(records[5].Key, Assert.Single(result.Failed).Key);
        Assert.Equal(99, strict.DefaultPortal.Objects("contacts").Count);
    }

    [Fact]
    public async Task UpsertAsync_SameEmailTwiceInInput_MergesIntoOneContact()
    {
        var (portal, _) = fixture.NewPortal();
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 100);
        UpsertRecord[] records =
        [
            new("Twice@Example.com", new Dictionary<string, string> { ["firstname"] = "A" }),
            new("twice@example.com", new Dictionary<string, string> { ["lastname"] = "B" }),
        ];

        var result = await services.GetRequiredService<HubSpotClient>().UpsertAsync(HubSpotObjectTypes.Contacts, "email", records, CancellationToken.None);

        Assert.Equal(2, result.Succeeded.Count);
        var contact = Assert.Single(portal.Objects("contacts"));
        Assert.Equal(("A", "B"), (contact.Properties["firstname"], contact.Properties["lastname"]));
    }

    [Fact]
    public async Task UpsertAsync_BadToken_ThrowsInsteadOfFailingRecords()
    {
        await using var services = ClientFactory.Create(fixture.Sandbox, "pat-na1-revoked", requestsPerInterval: 100);

        var error = await Assert.ThrowsAsync<HubSpotApiException>(() =>
            services.GetRequiredService<HubSpotClient>().UpsertAsync(HubSpotObjectTypes.Contacts, "email", ClientFactory.Contacts(3), CancellationToken.None));

        Assert.Equal(401, error.Error.StatusCode);
    }

    [Fact]
    public async Task UpsertAsync_429BurstFromAnotherApp_WaitsOutTheWindowAndLands()
    {
        var (portal, _) = fixture.NewPortal(requestsPerInterval: 100, interval: TimeSpan.FromSeconds(1));
        portal.Faults.Pending429Burst = 2;
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 100, s => s["HubSpot:RateLimitInterval"] = "00:00:01");

        var result = await services.GetRequiredService<HubSpotClient>().UpsertAsync(HubSpotObjectTypes.Contacts, "email", ClientFactory.Contacts(100), CancellationToken.None);

        Assert.Equal(100, result.Succeeded.Count);
        Assert.Equal(2, portal.Calls().Count(c => c.Status == 429));
    }

    [Fact]
    public async Task CreateAssociationsAsync_OneMissingDeal_LinksTheOthersAndReportsTheMissingOne()
    {
        var (portal, _) = fixture.NewPortal();
        var items = Enumerable.Range(0, 3).Select(i => portal.Seed("line_items", new Dictionary<string, string> { ["name"] = $"L{i}" })).ToList();
        var deal = portal.Seed("deals", new Dictionary<string, string> { ["dealname"] = "D" });
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 100);
        AssociationInput[] inputs = [new(items[0].Id, deal.Id, 20), new(items[1].Id, "404404", 20), new(items[2].Id, deal.Id, 20)];

        var result = await services.GetRequiredService<HubSpotClient>().CreateAssociationsAsync(HubSpotObjectTypes.LineItems, HubSpotObjectTypes.Deals, inputs, CancellationToken.None);

        Assert.Equal(2, result.Succeeded.Count);
        Assert.Equal(inputs[1].Key, Assert.Single(result.Failed).Key);
    }

    [Fact]
    public async Task SendEventsAsync_Batch_RecordsEachEventOnce()
    {
        var (portal, _) = fixture.NewPortal();
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 100);
        var events = Enumerable.Range(0, 3).Select(i => new BehavioralEvent($"pe{portal.PortalId}_order_placed", $"u{i}", DateTimeOffset.UnixEpoch, new Dictionary<string, string> { ["total"] = "9.99" }, Email: $"e{i}@x.io")).ToList();

        var result = await services.GetRequiredService<HubSpotClient>().SendEventsAsync([.. events, events[0]], CancellationToken.None);

        Assert.Empty(result.Failed);
        Assert.Equal(3, portal.Events().Count);
    }
}
