using System.Net;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Ready_QueueAnswersAndASiloIsActive_Returns200()
    {
        await using var gateway = new GatewayFactory();
        var client = gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Ready_NoSiloReachable_Returns503WhileLiveStays200()
    {
        await using var gateway = new GatewayFactory();
        gateway.Grains.Silos = null;
        var client = gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Ready_PostgresQueueAnswers_Returns200()
    {
        await using var gateway = new GatewayFactory(StorageProvider.Postgres);

        Assert.Equal(HttpStatusCode.OK, (await gateway.CreateClient().GetAsync("/health/ready")).StatusCode);
    }
}
