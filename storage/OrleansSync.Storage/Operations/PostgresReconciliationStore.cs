using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Operations;

namespace OrleansSync.Storage.Operations;

/// <summary>Reconciliation reports in table <c>sync_reconciliation_reports</c> (migration 0006), each kept whole as JSON.</summary>
public sealed class PostgresReconciliationStore(NpgsqlDataSource dataSource) : IReconciliationStore
{
    public async Task SaveAsync(ReconciliationReport report, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO sync_reconciliation_reports (run_id, portal_id, day, finished_at, report) VALUES (@run, @portal, @day, @finished, @report)
            ON CONFLICT (run_id) DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter<string>("run", report.RunId));
        command.Parameters.Add(new NpgsqlParameter<string>("portal", report.PortalId));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("day", report.Day));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("finished", report.FinishedAt.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter("report", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(report, MessageTypes.Json) });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReconciliationReport>> ListAsync(string? portalId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT report::text FROM sync_reconciliation_reports
            WHERE (@portal::text IS NULL OR portal_id = @portal) ORDER BY finished_at DESC LIMIT @limit
            """);
        command.Parameters.Add(new NpgsqlParameter("portal", NpgsqlDbType.Text) { Value = (object?)portalId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var reports = new List<ReconciliationReport>();
        while (await reader.ReadAsync(cancellationToken))
        {
            reports.Add(JsonSerializer.Deserialize<ReconciliationReport>(reader.GetString(0), MessageTypes.Json)!);
        }

        return reports;
    }
}
