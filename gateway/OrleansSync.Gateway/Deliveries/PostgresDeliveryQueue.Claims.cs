using Npgsql;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Gateway.Deliveries;

public sealed partial class PostgresDeliveryQueue
{
    public async Task<IReadOnlyList<QueuedDelivery>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        // SKIP LOCKED: a row another gateway is claiming right now is left to it; the new next_attempt_at is the lease
        // that keeps every other sweep away until it runs out.
        await using var command = _dataSource.CreateCommand(
            $"""
            WITH due AS (
                SELECT id FROM {_table}
                WHERE delivered_at IS NULL AND next_attempt_at <= $1
                ORDER BY next_attempt_at, id
                LIMIT $3
                FOR UPDATE SKIP LOCKED)
            UPDATE {_table} AS p SET next_attempt_at = $2
            FROM due WHERE p.id = due.id
            RETURNING p.id, p.grain_type, p.grain_key, p.message_type, p.payload::text, p.dedup_key, p.store_id, p.attempts
            """);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = leaseUntil.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var claimed = new List<QueuedDelivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new QueuedDelivery(
                reader.GetInt64(0),
                new GrainIdentity(reader.GetString(1), reader.GetString(2)),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetInt32(7),
                leaseUntil));
        }

        claimed.Sort((a, b) => a.Id.CompareTo(b.Id));
        return claimed;
    }

    public async Task MarkDeliveredAsync(IReadOnlyList<long> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        // The payload goes (it may name a person); the key stays to refuse repeats for the deduplication window.
        await using var command = _dataSource.CreateCommand(
            $"UPDATE {_table} SET delivered_at = $2, payload = NULL, last_error = NULL WHERE id = ANY($1) AND delivered_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. ids] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordFailuresAsync(IReadOnlyList<DeliveryFailure> failures, CancellationToken cancellationToken)
    {
        if (failures.Count == 0)
        {
            return;
        }

        await using var command = _dataSource.CreateCommand(
            $"""
            UPDATE {_table} AS p SET attempts = p.attempts + 1, next_attempt_at = f.next_attempt_at, last_error = f.error
            FROM unnest($1::bigint[], $2::timestamptz[], $3::text[]) AS f(id, next_attempt_at, error)
            WHERE p.id = f.id AND p.delivered_at IS NULL
            """);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. failures.Select(f => f.Id)] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. failures.Select(f => f.NextAttemptAt.ToUniversalTime())] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. failures.Select(f => Truncate(f.Error))] });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
