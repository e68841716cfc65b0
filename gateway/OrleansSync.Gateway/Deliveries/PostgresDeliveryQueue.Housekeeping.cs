using Npgsql;

namespace OrleansSync.Gateway.Deliveries;

public sealed partial class PostgresDeliveryQueue
{
    public async Task<long> PruneDeliveredAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken)
    {
        // In slices, so pruning a busy week never holds one long transaction (it would hold back vacuum).
        long total = 0;
        while (true)
        {
            await using var command = _dataSource.CreateCommand(
                $"""
                WITH doomed AS (SELECT id FROM {_table} WHERE delivered_at < $1 ORDER BY delivered_at LIMIT $2)
                DELETE FROM {_table} AS p USING doomed WHERE p.id = doomed.id
                """);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = deliveredBefore.ToUniversalTime() });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = PruneBatch });
            var deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
            if (deleted < PruneBatch)
            {
                return total;
            }
        }
    }

    public async Task<IReadOnlyList<PendingByStore>> ReadPendingAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT store_id, count(*), min(created_at) FROM {_table} WHERE delivered_at IS NULL GROUP BY store_id ORDER BY store_id");
        var pending = new List<PendingByStore>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pending.Add(new PendingByStore(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return pending;
    }
}
