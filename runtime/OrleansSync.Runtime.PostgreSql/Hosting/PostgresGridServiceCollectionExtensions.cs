using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.PostgreSql;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Hosting;

public static class PostgresGridServiceCollectionExtensions
{
    /// <summary>
    /// Registers the grid store chosen by configuration: PostgreSQL when Grid:PostgresConnectionString is set,
    /// otherwise the in-memory provider (single process, nothing survives a restart).
    /// </summary>
    public static IServiceCollection AddGridStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetSection(GridOptions.SectionName)[nameof(GridOptions.PostgresConnectionString)];
        return string.IsNullOrWhiteSpace(connectionString) ? services.AddInMemoryGridStore() : services.AddPostgresGridStore();
    }

    /// <summary>
    /// Registers the PostgreSQL store and one <see cref="NpgsqlDataSource"/> for the whole process (reuse it for
    /// other tables). Sessions get idle-in-transaction and statement timeouts so nothing can pin the xmin horizon.
    /// </summary>
    public static IServiceCollection AddPostgresGridStore(this IServiceCollection services)
    {
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GridOptions>>().Value;
            var builder = new NpgsqlDataSourceBuilder(options.PostgresConnectionString
                ?? throw new OptionsValidationException(GridOptions.SectionName, typeof(GridOptions), ["Grid:PostgresConnectionString is required for the PostgreSQL store."]));
            builder.ConnectionStringBuilder.Options = "-c idle_in_transaction_session_timeout=60000 -c statement_timeout=60000";
            return builder.Build();
        });
        return services.AddGridStore(sp => new PostgresGridStore(
            sp.GetRequiredService<NpgsqlDataSource>(),
            sp.GetRequiredService<IOptions<GridOptions>>().Value,
            sp.GetRequiredService<ICommitFaultInjector>()));
    }
}
