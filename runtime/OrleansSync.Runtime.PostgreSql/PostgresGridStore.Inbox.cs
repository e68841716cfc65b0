using Npgsql;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.PostgreSql;

public sealed partial class PostgresGridStore
{
    public async Task<IReadOnlyList<AppendOutcome>> AppendAsync(IReadOnlyList<NewInboxEntry> entries, CancellationToken cancellationToken)
    {
        var outcomes = new AppendOutcome[entries.Count];
        if (entries.Count == 0)
        {
            return outcomes;
        }

        // A key repeated inside one batch is a duplicate of its first occurrence.
        var firstIndexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<int>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].DeduplicationKey is not { } key || firstIndexByKey.TryAdd(key, i))
            {
                unique.Add(i);
            }
        }

        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(AppendCommand([.. unique.Select(i => entries[i])]));
        batch.BatchCommands.Add(NotifyShards(unique.Select(i => entries[i].Shard)));
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            var row = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                var duplicate = reader.GetBoolean(1);
                outcomes[unique[row++]] = new AppendOutcome(duplicate ? (reader.IsDBNull(2) ? 0 : reader.GetInt64(2)) : reader.GetInt64(0), duplicate);
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].DeduplicationKey is { } key && firstIndexByKey[key] != i)
            {
                outcomes[i] = outcomes[firstIndexByKey[key]] with { Duplicate = true };
            }
        }

        return outcomes;
    }

    public async Task<bool> IsPendingAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT EXISTS (SELECT 1 FROM {_s}.inbox WHERE seq = @seq)");
        command.Parameters.Add(P("seq", sequence));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<long> PruneDeliveryKeysAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {_s}.delivery_keys WHERE received_at < now() - @age");
        command.Parameters.Add(P("age", olderThan));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredGrain> ReadGrainAsync(GrainId id, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT version, state FROM {_s}.grain_state WHERE grain_type = @t AND grain_key = @k")
        {
            Parameters = { P("t", id.Type), P("k", id.Key) },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT name, due_at, period_ms, generation FROM {_s}.reminders WHERE grain_type = @t AND grain_key = @k")
        {
            Parameters = { P("t", id.Type), P("k", id.Key) },
        });
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        long version = 0;
        string? state = null;
        if (await reader.ReadAsync(cancellationToken))
        {
            version = reader.GetInt64(0);
            state = reader.GetString(1);
        }

        await reader.NextResultAsync(cancellationToken);
        var reminders = new List<StoredReminder>();
        while (await reader.ReadAsync(cancellationToken))
        {
            reminders.Add(new StoredReminder(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
                reader.IsDBNull(2) ? null : TimeSpan.FromMilliseconds(reader.GetInt64(2)),
                reader.GetInt64(3)));
        }

        return new StoredGrain(version, state, reminders);
    }

    /// <summary>
    /// One statement that appends entries idempotently: a fresh sequence per row, the delivery key recorded
    /// (ON CONFLICT DO NOTHING), and the inbox row written only where the key was new. Returns, in input order,
    /// (sequence, duplicate, sequence of the first delivery).
    /// </summary>
    internal NpgsqlBatchCommand AppendCommand(IReadOnlyList<NewInboxEntry> entries) => new($"""
        WITH input AS (
            SELECT t.*, nextval(pg_get_serial_sequence('{_s}.inbox', 'seq')) AS seq
            FROM unnest(@shards, @types, @keys, @messageTypes, @payloads, @dedup) WITH ORDINALITY
                 AS t(shard, grain_type, grain_key, message_type, payload, dedup_key, idx)),
        fresh AS (
            INSERT INTO {_s}.delivery_keys (key, seq)
            SELECT dedup_key, seq FROM input WHERE dedup_key IS NOT NULL
            ON CONFLICT (key) DO NOTHING
            RETURNING key),
        appended AS (
            INSERT INTO {_s}.inbox (seq, shard, grain_type, grain_key, message_type, payload)
            SELECT seq, shard, grain_type, grain_key, message_type, payload FROM input
            WHERE dedup_key IS NULL OR dedup_key IN (SELECT key FROM fresh)
            RETURNING seq)
        SELECT i.seq,
               i.dedup_key IS NOT NULL AND i.dedup_key NOT IN (SELECT key FROM fresh) AS duplicate,
               d.seq AS first_seq
        FROM input i LEFT JOIN {_s}.delivery_keys d ON d.key = i.dedup_key
        ORDER BY i.idx
        """)
    {
        Parameters =
        {
            P("shards", entries.Select(e => e.Shard).ToArray()),
            P("types", entries.Select(e => e.Target.Type).ToArray()),
            P("keys", entries.Select(e => e.Target.Key).ToArray()),
            P("messageTypes", entries.Select(e => e.MessageType).ToArray()),
            P("payloads", entries.Select(e => e.Payload).ToArray()),
            P("dedup", entries.Select(e => e.DeduplicationKey).ToArray()),
        },
    };
}
