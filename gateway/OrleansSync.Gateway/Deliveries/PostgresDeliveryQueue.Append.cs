using Npgsql;
using NpgsqlTypes;

namespace OrleansSync.Gateway.Deliveries;

public sealed partial class PostgresDeliveryQueue
{
    // One statement, one transaction for the whole group. ON CONFLICT DO NOTHING makes a key seen before (or earlier
    // in the group) a duplicate instead of an error; rows are inserted in the callers' order, so ids follow it.
    private async Task<IReadOnlyList<AppendReceipt>> WriteGroupAsync(IReadOnlyList<LeasedDelivery> group, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().ToUniversalTime();
        await using var command = _dataSource.CreateCommand(
            $"""
            INSERT INTO {_table} (dedup_key, grain_type, grain_key, message_type, payload, store_id, created_at, next_attempt_at)
            SELECT d.dedup_key, d.grain_type, d.grain_key, d.message_type, d.payload::jsonb, d.store_id, $8, d.lease_until
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
                WITH ORDINALITY AS d(dedup_key, grain_type, grain_key, message_type, payload, store_id, lease_until, ord)
            ORDER BY d.ord
            ON CONFLICT (dedup_key) DO NOTHING
            RETURNING id, dedup_key
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. group.Select(g => g.Delivery.DeduplicationKey)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. group.Select(g => g.Delivery.Target.Type)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. group.Select(g => g.Delivery.Target.Key)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. group.Select(g => g.Delivery.MessageType)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. group.Select(g => g.Delivery.Payload)] });
        command.Parameters.Add(new NpgsqlParameter { Value = group.Select(g => g.Delivery.StoreId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. group.Select(g => g.LeaseUntil.ToUniversalTime())] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });

        var inserted = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                inserted[reader.GetString(1)] = reader.GetInt64(0);
            }
        }

        var receipts = new AppendReceipt[group.Count];
        for (var i = 0; i < group.Count; i++)
        {
            var (d, leaseUntil) = group[i];

            // The first occurrence of a key in the group took the row; any later one is its duplicate.
            receipts[i] = inserted.Remove(d.DeduplicationKey, out var id)
                ? new AppendReceipt(new QueuedDelivery(id, d.Target, d.MessageType, d.Payload, d.DeduplicationKey, d.StoreId, 0, leaseUntil))
                : new AppendReceipt(null);
        }

        return receipts;
    }
}
