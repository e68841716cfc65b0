using Microsoft.Extensions.DependencyInjection;
using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Client;

/// <summary>The production client over real HTTP against the sandbox at the Free tier's physical limit (100 calls per 10 s).</summary>
public sealed class UpsertOverHttpTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task UpsertAsync_10000ContactsWith20PercentServerErrorsAndLimitConfigured_AllLandExactlyOnceWithout429()
    {
        var (portal, _) = fixture.NewPortal(requestsPerInterval: 100);
        portal.Faults.ServerErrorRate = 0.2;
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 100);
        var client = services.GetRequiredService<HubSpotClient>();

        var result = await client.UpsertAsync(HubSpotObjectTypes.Contacts, "email", ClientFactory.Contacts(10_000), CancellationToken.None);

        Assert.Empty(result.Failed);
        Assert.Equal(10_000, result.Succeeded.Count);
        var emails = portal.Objects("contacts").Select(c => c.Properties["email"]).ToList();
        Assert.Equal(10_000, emails.Count);
        Assert.Equal(10_000, emails.Distinct().Count());
        Assert.Contains(portal.Calls(), c => c.Status >= 500);
        Assert.DoesNotContain(portal.Calls(), c => c.Status == 429);
    }

    [Fact]
    public async Task UpsertAsync_10000ContactsWithLimitNotConfigured_AdaptsToHeadersWithAtMostOnePercent429()
    {
        var (portal, _) = fixture.NewPortal(requestsPerInterval: 100);
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: null);
        var client = services.GetRequiredService<HubSpotClient>();

        var result = await client.UpsertAsync(HubSpotObjectTypes.Contacts, "email", ClientFactory.Contacts(10_000), CancellationToken.None);

        Assert.Equal(10_000, result.Succeeded.Count);
        Assert.Equal(10_000, portal.Objects("contacts").Count);
        var calls = portal.Calls();
        Assert.True(calls.Count(c => c.Status == 429) <= calls.Count / 100, $"{calls.Count(c => c.Status == 429)} of {calls.Count} calls were answered 429");
    }

    [Fact]
    public async Task UpsertAsync_LimitConfiguredTooHigh_AdoptsHubSpotsMaxHeader()
    {
        var (portal, _) = fixture.NewPortal(requestsPerInterval: 100);
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 250);
        var client = services.GetRequiredService<HubSpotClient>();

        await client.UpsertAsync(HubSpotObjectTypes.Contacts, "email", ClientFactory.Contacts(500), CancellationToken.None);

        Assert.Equal(100, services.GetRequiredService<HubSpotRateLimiter>().Limit);
    }
}
