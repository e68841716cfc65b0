using Microsoft.Extensions.Hosting;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Hosting;

/// <summary>Creates or migrates the store's schema before anything else starts.</summary>
internal sealed class GridSchemaInitializer(IGridSchema schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => schema.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
