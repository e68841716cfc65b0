using Microsoft.Extensions.Hosting;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>Creates the gateway's own tables at start (idempotent; safe when several gateways start together).</summary>
internal sealed class GatewaySchemaInitializer(IDeliveryLog log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => log.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
