using Npgsql;

namespace OrleansSync.Gateway.Deliveries;

public sealed partial class PostgresGatewayRecords
{
    public async Task<bool> RecordAsync(ErasureAudit audit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            INSERT INTO {_schema}.gateway_erasure_audit
                (request_id, email_sha256, portal_ids, requested_by, reason, deliveries_erased, requested_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (request_id) DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = audit.RequestId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = audit.EmailSha256 });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. audit.PortalIds] });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = audit.RequestedBy });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)audit.Reason ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = audit.DeliveriesErased });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = audit.RequestedAt.ToUniversalTime() });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<ErasureAudit>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT request_id, email_sha256, portal_ids, requested_by, reason, deliveries_erased, requested_at
            FROM {_schema}.gateway_erasure_audit ORDER BY seq DESC LIMIT $1
            """);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var audits = new List<ErasureAudit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            audits.Add(new ErasureAudit(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetFieldValue<string[]>(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetInt32(5),
                reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return audits;
    }
}
