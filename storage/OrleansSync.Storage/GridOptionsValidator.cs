using Microsoft.Extensions.Options;
using Npgsql;

namespace OrleansSync.Storage;

/// <summary>
/// Checks <c>Grid:PostgresConnectionString</c> at start, so a typo fails the process with Npgsql's reason instead of the
/// first query. The message names the setting, never its value (it holds the password).
/// </summary>
public sealed class GridOptionsValidator : IValidateOptions<GridOptions>
{
    private const string Key = GridOptions.SectionName + ":" + nameof(GridOptions.PostgresConnectionString);

    public ValidateOptionsResult Validate(string? name, GridOptions options)
    {
        if (!options.UsesPostgres)
        {
            return ValidateOptionsResult.Success;
        }

        NpgsqlConnectionStringBuilder connection;
        try
        {
            connection = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidCastException)
        {
            return ValidateOptionsResult.Fail($"{Key} is not a valid Npgsql connection string ({error.Message.TrimEnd('.')}), e.g. \"Host=db;Username=sync;Password=…;Database=sync\".");
        }

        return string.IsNullOrWhiteSpace(connection.Host)
            ? ValidateOptionsResult.Fail($"{Key} names no Host, e.g. \"Host=db;Username=sync;Password=…;Database=sync\".")
            : ValidateOptionsResult.Success;
    }
}
