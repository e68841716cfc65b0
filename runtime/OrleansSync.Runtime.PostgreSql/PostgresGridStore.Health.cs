using OrleansSync.Runtime.Health;

namespace OrleansSync.Runtime.PostgreSql;

public sealed partial class PostgresGridStore
{
    public async Task<StoreHealth> ReadHealthAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT (SELECT max(clock_timestamp() - xact_start) FROM pg_stat_activity
                    WHERE xact_start IS NOT NULL AND pid <> pg_backend_pid() AND datname = current_database()),
                   pg_notification_queue_usage(),
                   coalesce((SELECT n_dead_tup FROM pg_stat_user_tables WHERE schemaname = @schema AND relname = 'inbox'), 0),
                   coalesce((SELECT n_dead_tup FROM pg_stat_user_tables WHERE schemaname = @schema AND relname = 'outbox'), 0)
            """);
        command.Parameters.Add(P("schema", _s));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreHealth(
            reader.IsDBNull(0) ? null : reader.GetFieldValue<TimeSpan>(0),
            reader.GetDouble(1),
            reader.GetInt64(2),
            reader.GetInt64(3));
    }
}
