using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Operations;
using OrleansSync.Storage.DeadLetters;
using OrleansSync.Storage.Operations;

namespace OrleansSync.Storage;

public static class GridStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GridOptions"/> (validated at start, <see cref="GridOptionsValidator"/>) and the sync's own stores: on PostgreSQL when
    /// <c>Grid:PostgresConnectionString</c> is set (one <see cref="NpgsqlDataSource"/> per process), else in memory.
    /// </summary>
    public static IServiceCollection AddGridStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GridOptions>().Bind(configuration.GetSection(GridOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GridOptions>, GridOptionsValidator>());
        var grid = configuration.GetSection(GridOptions.SectionName).Get<GridOptions>() ?? new GridOptions();
        services.TryAddSingleton(TimeProvider.System);
        if (grid.UsesPostgres)
        {
            services.TryAddSingleton(_ => NpgsqlDataSource.Create(grid.PostgresConnectionString!));
            services.TryAddSingleton<IDeadLetterStore, PostgresDeadLetterStore>();
            services.TryAddSingleton<IAdminAuditLog, PostgresAdminAuditLog>();
            services.TryAddSingleton<IReconciliationStore, PostgresReconciliationStore>();
            services.TryAddSingleton<IStoreLedgerStore, PostgresStoreLedgerStore>();
        }
        else
        {
            services.TryAddSingleton<IDeadLetterStore, InMemoryDeadLetterStore>();
            services.TryAddSingleton<IAdminAuditLog, InMemoryAdminAuditLog>();
            services.TryAddSingleton<IReconciliationStore, InMemoryReconciliationStore>();
            services.TryAddSingleton<IStoreLedgerStore, InMemoryStoreLedgerStore>();
        }

        return services;
    }

    /// <summary>Migrates the PostgreSQL schema at start (when configured). Register before Orleans, whose providers need it.</summary>
    public static IServiceCollection AddGridSchemaMigration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGridStorage(configuration);
        services.AddHostedService<SchemaMigrationService>();
        return services;
    }
}
