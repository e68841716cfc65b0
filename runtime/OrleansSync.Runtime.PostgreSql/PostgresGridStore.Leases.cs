using Npgsql;
using OrleansSync.Runtime.Membership;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.PostgreSql;

public sealed partial class PostgresGridStore
{
    public async Task RegisterSiloAsync(string siloId, string host, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO {_s}.silos (silo_id, host, status) VALUES (@id, @host, 'Active')
            ON CONFLICT (silo_id) DO UPDATE SET host = excluded.host, status = 'Active', started_at = now(), heartbeat_at = now()
            """);
        command.Parameters.Add(P("id", siloId));
        command.Parameters.Add(P("host", host));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> HeartbeatAsync(string siloId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"UPDATE {_s}.silos SET heartbeat_at = now() WHERE silo_id = @id AND status IN ('Active', 'Leaving')");
        command.Parameters.Add(P("id", siloId));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task SetSiloStatusAsync(string siloId, SiloStatus status, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"UPDATE {_s}.silos SET status = @status WHERE silo_id = @id");
        command.Parameters.Add(P("id", siloId));
        command.Parameters.Add(P("status", status.ToString()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SiloRecord>> ReadLiveSilosAsync(TimeSpan deadAfter, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"UPDATE {_s}.silos SET status = 'Dead' WHERE status = 'Active' AND heartbeat_at < now() - @deadAfter")
        {
            Parameters = { P("deadAfter", deadAfter) },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT silo_id, host, status, started_at, heartbeat_at FROM {_s}.silos WHERE status = 'Active' ORDER BY silo_id"));
        return await ReadSilos(batch, cancellationToken);
    }

    public async Task<IReadOnlyList<SiloRecord>> ReadSilosAsync(CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT silo_id, host, status, started_at, heartbeat_at FROM {_s}.silos ORDER BY silo_id"));
        return await ReadSilos(batch, cancellationToken);
    }

    public async Task<IReadOnlyList<ShardLeaseRow>> ReadLeasesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT shard, owner_silo, epoch, expires_at, expires_at <= now() FROM {_s}.shard_lease ORDER BY shard");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ShardLeaseRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ShardLeaseRow(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetBoolean(4)));
        }

        return rows;
    }

    public async Task<ShardLease?> TryAcquireAsync(int shard, string siloId, TimeSpan ttl, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO {_s}.shard_lease AS l (shard, owner_silo, epoch, expires_at) VALUES (@shard, @owner, 1, now() + @ttl)
            ON CONFLICT (shard) DO UPDATE
            SET owner_silo = excluded.owner_silo, epoch = l.epoch + 1, expires_at = excluded.expires_at, acquired_at = now()
            WHERE l.owner_silo IS NULL OR l.expires_at <= now()
            RETURNING epoch
            """);
        command.Parameters.Add(P("shard", shard));
        command.Parameters.Add(P("owner", siloId));
        command.Parameters.Add(P("ttl", ttl));
        return await command.ExecuteScalarAsync(cancellationToken) is long epoch ? new ShardLease(shard, siloId, epoch) : null;
    }

    public async Task<IReadOnlyList<ShardLease>> RenewAsync(IReadOnlyList<ShardLease> leases, TimeSpan ttl, CancellationToken cancellationToken)
    {
        var renewed = new List<ShardLease>();
        foreach (var owner in leases.GroupBy(l => l.SiloId))
        {
            await using var command = dataSource.CreateCommand($"""
                UPDATE {_s}.shard_lease l SET expires_at = now() + @ttl
                FROM unnest(@shards, @epochs) AS u(shard, epoch)
                WHERE l.shard = u.shard AND l.epoch = u.epoch AND l.owner_silo = @owner AND l.expires_at > now()
                RETURNING l.shard, l.epoch
                """);
            command.Parameters.Add(P("ttl", ttl));
            command.Parameters.Add(P("owner", owner.Key));
            command.Parameters.Add(P("shards", owner.Select(l => l.Shard).ToArray()));
            command.Parameters.Add(P("epochs", owner.Select(l => l.Epoch).ToArray()));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                renewed.Add(new ShardLease(reader.GetInt32(0), owner.Key, reader.GetInt64(1)));
            }
        }

        return renewed;
    }

    public async Task ReleaseAsync(ShardLease lease, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"UPDATE {_s}.shard_lease SET owner_silo = NULL, expires_at = now() WHERE shard = @shard AND owner_silo = @owner AND epoch = @epoch");
        command.Parameters.Add(P("shard", lease.Shard));
        command.Parameters.Add(P("owner", lease.SiloId));
        command.Parameters.Add(P("epoch", lease.Epoch));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<SiloRecord>> ReadSilos(NpgsqlBatch batch, CancellationToken cancellationToken)
    {
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (reader.FieldCount == 0 && await reader.NextResultAsync(cancellationToken))
        {
        }

        var silos = new List<SiloRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            silos.Add(new SiloRecord(reader.GetString(0), reader.GetString(1), Enum.Parse<SiloStatus>(reader.GetString(2)), reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return silos;
    }
}
