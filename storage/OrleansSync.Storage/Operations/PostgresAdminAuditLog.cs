using Npgsql;
using OrleansSync.Contracts.Operations;

namespace OrleansSync.Storage.Operations;

/// <summary>The admin audit trail in table <c>sync_admin_audit</c> (migration 0006).</summary>
public sealed class PostgresAdminAuditLog(NpgsqlDataSource dataSource) : IAdminAuditLog
{
    public async Task RecordAsync(DateTimeOffset at, string actor, string action, string? target, string outcome, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO sync_admin_audit (at, actor, action, target, outcome) VALUES (@at, @actor, @action, @target, @outcome)
            """);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("at", at.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<string>("actor", actor));
        command.Parameters.Add(new NpgsqlParameter<string>("action", action));
        command.Parameters.Add(new NpgsqlParameter("target", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)target ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<string>("outcome", outcome));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AdminAuditEntry>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id, at, actor, action, target, outcome FROM sync_admin_audit ORDER BY id DESC LIMIT @limit");
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AdminAuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AdminAuditEntry(
                reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5)));
        }

        return entries;
    }
}
