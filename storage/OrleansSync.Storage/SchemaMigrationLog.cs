using Microsoft.Extensions.Logging;

namespace OrleansSync.Storage;

/// <summary>Log events of the schema migrator (event ids 4000–4099).</summary>
internal static partial class SchemaMigrationLog
{
    [LoggerMessage(4000, LogLevel.Information, "Applied schema migration {Version} ({Name}) in {ElapsedMs:0} ms")]
    public static partial void Applied(ILogger logger, int version, string name, double elapsedMs);

    [LoggerMessage(4001, LogLevel.Information, "Database schema is at version {Version} ({AppliedCount} migrations applied by this process)")]
    public static partial void UpToDate(ILogger logger, int version, int appliedCount);

    [LoggerMessage(4002, LogLevel.Warning, "Database has schema migrations this build does not know ({Versions}); a newer build has migrated it")]
    public static partial void DatabaseAhead(ILogger logger, string versions);
}
