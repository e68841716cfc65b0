using Microsoft.Extensions.Options;
using OrleansSync.Storage;

namespace OrleansSync.Silo.Startup;

/// <summary>Says at start-up where the grid keeps its state, loudly when nothing will survive a restart.</summary>
internal sealed partial class GridAnnouncer(IOptions<GridOptions> grid, ILogger<GridAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (grid.Value.UsesPostgres)
        {
            LogPostgres(logger);
        }
        else
        {
            LogInMemory(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(2000, LogLevel.Information, "Grid: Orleans with clustering, grain state and reminders on PostgreSQL")]
    private static partial void LogPostgres(ILogger logger);

    [LoggerMessage(2001, LogLevel.Warning, "Grid: IN-MEMORY (no Grid:PostgresConnectionString set): one silo on localhost, nothing survives a restart. Set Grid__PostgresConnectionString for production.")]
    private static partial void LogInMemory(ILogger logger);
}
