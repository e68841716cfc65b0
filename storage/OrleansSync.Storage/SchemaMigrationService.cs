using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OrleansSync.Storage;

/// <summary>
/// Brings the PostgreSQL schema up to date when the process starts, before Orleans' providers read their queries
/// (register it before the silo or client). Safe when several processes start at once.
/// </summary>
internal sealed class SchemaMigrationService(IServiceProvider services, IOptions<GridOptions> grid) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!grid.Value.UsesPostgres)
        {
            return;
        }

        var migrator = new PostgresSchemaMigrator(services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<ILogger<PostgresSchemaMigrator>>());
        await migrator.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
