using Microsoft.Extensions.Options;
using OrleansSync.Runtime.Configuration;

namespace OrleansSync.Silo.Startup;

/// <summary>Says at start-up which store the grid runs on, loudly when nothing will survive a restart.</summary>
internal sealed partial class StoreAnnouncer(IOptions<GridOptions> grid, ILogger<StoreAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (grid.Value.UsesPostgres)
        {
            LogPostgres(logger, grid.Value.Schema, grid.Value.ShardCount);
        }
        else
        {
            LogInMemory(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(2000, LogLevel.Information, "Grid store: PostgreSQL, schema {Schema}, {ShardCount} shards")]
    private static partial void LogPostgres(ILogger logger, string schema, int shardCount);

    [LoggerMessage(2001, LogLevel.Warning, "Grid store: IN-MEMORY (no Grid:PostgresConnectionString set). One process only; nothing survives a restart. Set Grid__PostgresConnectionString for production.")]
    private static partial void LogInMemory(ILogger logger);
}
