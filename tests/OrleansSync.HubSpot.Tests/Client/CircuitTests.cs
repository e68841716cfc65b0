using Microsoft.Extensions.DependencyInjection;
using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Client;

/// <summary>
/// The portal's drain pauses and probes on its own while HubSpot is down; its failures must not open the client's circuit,
/// which would then refuse the drain's first calls after HubSpot is back.
/// </summary>
public sealed class CircuitTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task OutageSeenByACallerThatHandlesServerErrorsItself_DoesNotOpenTheCircuit_FirstCallAfterItIsAnswered()
    {
        var (portal, _) = fixture.NewPortal();
        await using var services = ClientFactory.Create(fixture.Sandbox, portal.AccessToken, requestsPerInterval: 1000);
        var drain = services.GetRequiredService<HubSpotClient>().WithoutServerErrorRetries();

        portal.Faults.ServerErrorRate = 1;
        for (var call = 0; call < 30; call++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => drain.GetPipelinesAsync(HubSpotObjectTypes.Deals, CancellationToken.None));
        }

        portal.Faults.ServerErrorRate = 0;
        var pipelines = await drain.GetPipelinesAsync(HubSpotObjectTypes.Deals, CancellationToken.None);

        Assert.NotNull(pipelines);
        Assert.Equal(31, portal.Calls().Count(c => c.Path.Contains("/pipelines/", StringComparison.Ordinal)));
    }
}
