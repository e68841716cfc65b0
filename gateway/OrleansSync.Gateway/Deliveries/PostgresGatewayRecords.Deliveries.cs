using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace OrleansSync.Gateway.Deliveries;

public sealed partial class PostgresGatewayRecords
{
    private const string Columns = "id, kind, platform, store_id, topic, status_code, reason, headers, body, body_truncated, delivery_key, received_at";

    public async Task<long> RecordAsync(NewDeliveryRecord record, CancellationToken cancellationToken)
    {
        var headers = JsonSerializer.Serialize(record.Headers, GatewayJsonContext.Default.IReadOnlyDictionaryStringString);

        // A quarantined delivery repeated by the platform is kept once: ON CONFLICT finds the first row.
        // Under a concurrent insert of the same key the statement's snapshot may miss the winner; ask again.
        for (var attempt = 0; ; attempt++)
        {
            await using var command = dataSource.CreateCommand(
                $"""
                WITH inserted AS (
                    INSERT INTO {_schema}.gateway_deliveries
                        (kind, platform, store_id, topic, status_code, reason, headers, body, body_truncated, delivery_key, emails, received_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                    ON CONFLICT (delivery_key) WHERE kind = 'Quarantined' DO NOTHING
                    RETURNING id)
                SELECT id FROM inserted
                UNION ALL
                SELECT id FROM {_schema}.gateway_deliveries WHERE kind = 'Quarantined' AND $1 = 'Quarantined' AND delivery_key = $10
                LIMIT 1
                """);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = record.Kind.ToString() });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = record.Platform });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = record.StoreId });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)record.Topic ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = record.StatusCode });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = record.Reason });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = headers, NpgsqlDbType = NpgsqlDbType.Jsonb });
            command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = record.Body });
            command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = record.BodyTruncated });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)record.DeliveryKey ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. record.Emails] });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = record.ReceivedAt.ToUniversalTime() });
            if (await command.ExecuteScalarAsync(cancellationToken) is long id)
            {
                return id;
            }

            if (attempt >= 3)
            {
                throw new InvalidOperationException($"Could not keep quarantined delivery '{record.DeliveryKey}'.");
            }
        }
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ListAsync(DeliveryKind? kind, long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM {_schema}.gateway_deliveries WHERE id > $1 AND ($2::text IS NULL OR kind = $2) ORDER BY id LIMIT $3");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterId });
        command.Parameters.Add(new NpgsqlParameter { Value = kind is null ? DBNull.Value : kind.Value.ToString(), NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        return await ReadRecordsAsync(command, cancellationToken);
    }

    public async Task<DeliveryRecord?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM {_schema}.gateway_deliveries WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        var records = await ReadRecordsAsync(command, cancellationToken);
        return records.Count == 0 ? null : records[0];
    }

    public async Task<int> EraseByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {_schema}.gateway_deliveries WHERE emails @> ARRAY[$1]");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = normalizedEmail });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<DeliveryRecord>> ReadRecordsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var records = new List<DeliveryRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var headers = JsonSerializer.Deserialize(reader.GetString(7), GatewayJsonContext.Default.IReadOnlyDictionaryStringString)
                ?? new Dictionary<string, string>();
            records.Add(new DeliveryRecord(
                reader.GetInt64(0),
                Enum.Parse<DeliveryKind>(reader.GetString(1)),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetInt32(5),
                reader.GetString(6),
                headers,
                reader.GetFieldValue<byte[]>(8),
                reader.GetBoolean(9),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.GetFieldValue<DateTimeOffset>(11)));
        }

        return records;
    }
}
