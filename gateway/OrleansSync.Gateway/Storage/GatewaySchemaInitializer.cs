using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OrleansSync.Gateway.Storage;

/// <summary>Creates the gateway's tables at start when it runs on PostgreSQL (idempotent; safe when several gateways start together).</summary>
internal sealed class GatewaySchemaInitializer(IServiceProvider services, IOptions<StorageOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.UsesPostgres
            ? GatewaySchema.EnsureCreatedAsync(services.GetRequiredService<NpgsqlDataSource>(), options.Value.Schema, cancellationToken)
            : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
