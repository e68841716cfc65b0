using Npgsql;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Reminders;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.PostgreSql;

public sealed partial class PostgresGridStore
{
    public async Task<int> FireDueRemindersAsync(ShardLease lease, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        // Called when the silo's probe (FindWorkAsync) found due reminders, and once when a worker starts.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var due = new List<(GrainId Grain, StoredReminder Reminder)>();
        await using (var select = new NpgsqlBatch(connection, tx))
        {
            select.BatchCommands.Add(LeaseCheck(lease));
            select.BatchCommands.Add(new NpgsqlBatchCommand($"""
                SELECT grain_type, grain_key, name, due_at, period_ms, generation FROM {_s}.reminders
                WHERE shard = @shard AND due_at <= @now ORDER BY due_at LIMIT @max FOR UPDATE SKIP LOCKED
                """)
            {
                Parameters = { P("shard", lease.Shard), P("now", now.ToUniversalTime()), P("max", max) },
            });
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new LeaseLostException(lease.Shard, lease.Epoch);
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                due.Add((new GrainId(reader.GetString(0), reader.GetString(1)), new StoredReminder(
                    reader.GetString(2),
                    reader.GetFieldValue<DateTimeOffset>(3),
                    reader.IsDBNull(4) ? null : TimeSpan.FromMilliseconds(reader.GetInt64(4)),
                    reader.GetInt64(5))));
            }
        }

        if (due.Count == 0)
        {
            return 0;
        }

        var ticks = due.Select(d => new NewInboxEntry(
            lease.Shard,
            d.Grain,
            ReminderSchedule.TickMessageType,
            ReminderSchedule.TickPayload(new ReminderTick(d.Reminder.Name, d.Reminder.DueAt!.Value, d.Reminder.Period, d.Reminder.Generation)),
            null)).ToList();
        await using (var write = new NpgsqlBatch(connection, tx))
        {
            write.BatchCommands.Add(AppendCommand(ticks));
            write.BatchCommands.Add(new NpgsqlBatchCommand($"""
                UPDATE {_s}.reminders r SET due_at = u.next
                FROM unnest(@types, @keys, @names, @generations, @next) AS u(t, k, n, g, next)
                WHERE r.grain_type = u.t AND r.grain_key = u.k AND r.name = u.n AND r.generation = u.g
                """)
            {
                Parameters =
                {
                    P("types", due.Select(d => d.Grain.Type).ToArray()),
                    P("keys", due.Select(d => d.Grain.Key).ToArray()),
                    P("names", due.Select(d => d.Reminder.Name).ToArray()),
                    P("generations", due.Select(d => d.Reminder.Generation).ToArray()),
                    P("next", due.Select(d => d.Reminder.Period is { } p ? ReminderSchedule.NextDue(d.Reminder.DueAt!.Value, p, now).ToUniversalTime() : (DateTimeOffset?)null).ToArray()),
                },
            });
            write.BatchCommands.Add(NotifyShards([lease.Shard]));
            await write.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return due.Count;
    }
}
