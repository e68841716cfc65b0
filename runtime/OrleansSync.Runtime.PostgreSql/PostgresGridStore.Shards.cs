using Npgsql;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.PostgreSql;

public sealed partial class PostgresGridStore
{
    public async Task<IReadOnlyList<InboxEntry>> ClaimAsync(ShardLease lease, int max, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            WITH c AS MATERIALIZED (
                SELECT seq FROM {_s}.inbox
                WHERE shard = @shard AND claimed_epoch <> @epoch
                  AND EXISTS (SELECT 1 FROM {_s}.shard_lease
                              WHERE shard = @shard AND owner_silo = @owner AND epoch = @epoch AND expires_at > now())
                ORDER BY seq
                LIMIT @max
                FOR UPDATE SKIP LOCKED)
            UPDATE {_s}.inbox i SET claimed_epoch = @epoch FROM c WHERE i.seq = c.seq
            RETURNING i.seq, i.grain_type, i.grain_key, i.message_type, i.payload, i.enqueued_at
            """);
        command.Parameters.Add(P("shard", lease.Shard));
        command.Parameters.Add(P("epoch", lease.Epoch));
        command.Parameters.Add(P("owner", lease.SiloId));
        command.Parameters.Add(P("max", max));
        var claimed = new List<InboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new InboxEntry(
                reader.GetInt64(0),
                lease.Shard,
                new GrainId(reader.GetString(1), reader.GetString(2)),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5)));
        }

        claimed.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return claimed;
    }

    public Task<StoredGrain> LoadGrainAsync(ShardLease lease, GrainId grain, CancellationToken cancellationToken) =>
        ReadGrainAsync(grain, cancellationToken);

    public async Task CommitAsync(ShardLease lease, IReadOnlyList<TurnCommit> turns, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var plan = new CommitPlan(_s, lease, turns);
        await using (var batch = new NpgsqlBatch(connection, tx))
        {
            batch.BatchCommands.Add(LeaseCheck(lease));
            plan.AddWrites(batch, this);
            await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
            {
                if (!await reader.ReadAsync(cancellationToken))
                {
                    throw new LeaseLostException(lease.Shard, lease.Epoch);
                }

                while (await reader.NextResultAsync(cancellationToken))
                {
                }
            }

            plan.VerifyStateWrites(batch);
        }

        await _faults.OnCommitAsync(CommitStage.BeforeCommit, lease, turns, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ShardWork>> FindWorkAsync(IReadOnlyList<ShardLease> leases, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (leases.Count == 0)
        {
            return [];
        }

        await using var command = dataSource.CreateCommand($"""
            SELECT u.shard,
                   EXISTS (SELECT 1 FROM {_s}.inbox i WHERE i.shard = u.shard AND i.claimed_epoch <> u.epoch),
                   EXISTS (SELECT 1 FROM {_s}.reminders r WHERE r.shard = u.shard AND r.due_at <= @now)
            FROM unnest(@shards, @epochs) AS u(shard, epoch)
            """);
        command.Parameters.Add(P("shards", leases.Select(l => l.Shard).ToArray()));
        command.Parameters.Add(P("epochs", leases.Select(l => l.Epoch).ToArray()));
        command.Parameters.Add(P("now", now.ToUniversalTime()));
        var work = new List<ShardWork>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetBoolean(1) || reader.GetBoolean(2))
            {
                work.Add(new ShardWork(reader.GetInt32(0), reader.GetBoolean(1), reader.GetBoolean(2)));
            }
        }

        return work;
    }

    public async Task ListenAsync(Action<int?> onWork, CancellationToken cancellationToken)
    {
        // A dedicated connection: notifications reach only sessions that are listening, so after every
        // (re)connect the caller is told to read everything.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        connection.Notification += (_, e) => onWork(int.TryParse(e.Payload, out var shard) ? shard : null);
        await using (var listen = new NpgsqlCommand($"LISTEN \"{Channel}\"", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        onWork(null);
        while (!cancellationToken.IsCancellationRequested)
        {
            await connection.WaitAsync(cancellationToken);
        }
    }
}
