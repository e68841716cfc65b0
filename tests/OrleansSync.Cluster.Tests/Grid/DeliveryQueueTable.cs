using Npgsql;

namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>Reads the gateway's durable delivery queue (<c>orleanssync.sync_pending_deliveries</c>) directly.</summary>
public sealed class DeliveryQueueTable(NpgsqlDataSource dataSource)
{
    /// <summary>Per delivery key (the part of the row key before the first '|'): its rows, and how many are not yet delivered.</summary>
    public async Task<IReadOnlyDictionary<string, (int Rows, int Pending)>> ByDeliveryKeyAsync()
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT split_part(dedup_key, '|', 1), count(*)::int, (count(*) FILTER (WHERE delivered_at IS NULL))::int
            FROM orleanssync.sync_pending_deliveries GROUP BY 1
            """);
        var rows = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2));
        }

        return rows;
    }

    public async Task<long> PendingAsync()
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM orleanssync.sync_pending_deliveries WHERE delivered_at IS NULL");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>How many of these acknowledged delivery keys are not yet delivered (no row counts as not delivered).</summary>
    public async Task<int> UndeliveredAsync(IEnumerable<string> acknowledgedKeys)
    {
        var rows = await ByDeliveryKeyAsync();
        return acknowledgedKeys.Count(k => !rows.TryGetValue(k, out var r) || r.Pending > 0);
    }
}
