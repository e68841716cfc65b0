using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Operations;

namespace OrleansSync.Storage.Operations;

/// <summary>The store ledger in table <c>sync_store_ledger</c> (migration 0007): one row per order, the newest revision wins.</summary>
public sealed class PostgresStoreLedgerStore(NpgsqlDataSource dataSource) : IStoreLedgerStore
{
    public async Task RecordAsync(IReadOnlyList<OrderPaidRecorded> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        // One statement for the batch; the newest revision per order first, as one INSERT may not touch a row twice.
        var newest = entries.GroupBy(e => (e.StoreId, LedgerDay.Of(e), e.OrderKey)).Select(g => g.MaxBy(e => e.Revision)!).ToList();
        await using var command = dataSource.CreateCommand("""
            INSERT INTO sync_store_ledger (store_id, day, order_key, revision, entry)
            SELECT * FROM unnest(@stores, @days, @orders, @revisions, @entries)
            ON CONFLICT (store_id, day, order_key) DO UPDATE SET revision = excluded.revision, entry = excluded.entry
            WHERE sync_store_ledger.revision < excluded.revision
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]>("stores", [.. newest.Select(e => e.StoreId)]));
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]>("days", [.. newest.Select(LedgerDay.Of)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("orders", [.. newest.Select(e => e.OrderKey)]));
        command.Parameters.Add(new NpgsqlParameter<long[]>("revisions", [.. newest.Select(e => e.Revision)]));
        command.Parameters.Add(new NpgsqlParameter("entries", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { Value = newest.Select(e => JsonSerializer.Serialize(e, MessageTypes.Json)).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OrderPaidRecorded>> ReadAsync(string storeId, DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT entry::text FROM sync_store_ledger WHERE store_id = @store AND day = @day");
        command.Parameters.Add(new NpgsqlParameter<string>("store", storeId));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("day", day));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<OrderPaidRecorded>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(JsonSerializer.Deserialize<OrderPaidRecorded>(reader.GetString(0), MessageTypes.Json)!);
        }

        return entries;
    }
}
