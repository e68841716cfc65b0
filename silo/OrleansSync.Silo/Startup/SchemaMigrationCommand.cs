using Microsoft.Extensions.Options;
using Npgsql;
using OrleansSync.Storage;

namespace OrleansSync.Silo.Startup;

/// <summary>
/// <c>migrate</c>: applies the PostgreSQL schema of Grid:PostgresConnectionString (environment <c>Grid__PostgresConnectionString</c>
/// or appsettings) and exits — for deployments that migrate as a separate step. Silos and gateways also migrate at start.
/// </summary>
internal static class SchemaMigrationCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        var grid = builder.Configuration.GetSection(GridOptions.SectionName).Get<GridOptions>() ?? new GridOptions();
        var invalid = grid.UsesPostgres
            ? new GridOptionsValidator().Validate(null, grid)
            : ValidateOptionsResult.Fail("migrate needs Grid:PostgresConnectionString (e.g. Grid__PostgresConnectionString=\"Host=...;Username=...;Password=...;Database=...\").");
        if (invalid.Failed)
        {
            throw new OptionsValidationException(GridOptions.SectionName, typeof(GridOptions), invalid.Failures);
        }

        using var host = builder.Build();
        await using var dataSource = NpgsqlDataSource.Create(grid.PostgresConnectionString!);
        var result = await new PostgresSchemaMigrator(dataSource, host.Services.GetRequiredService<ILogger<PostgresSchemaMigrator>>()).MigrateAsync(CancellationToken.None);
        Console.WriteLine(result.AppliedVersions.Count == 0
            ? $"Schema is up to date (version {result.Version})."
            : $"Applied {string.Join(", ", result.AppliedVersions)}; schema version {result.Version}.");
        return 0;
    }
}
