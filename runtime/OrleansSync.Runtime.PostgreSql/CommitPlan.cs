using Npgsql;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.PostgreSql;

/// <summary>
/// Turns a group of turn commits into a handful of set-based statements (one per kind of change, not one
/// per row), so a group commit of many turns stays one round trip.
/// </summary>
internal sealed class CommitPlan(string s, ShardLease lease, IReadOnlyList<TurnCommit> turns)
{
    private readonly List<TurnCommit> _inserts = [.. turns.Where(t => t.State is { ExpectedVersion: 0 })];
    private readonly List<TurnCommit> _updates = [.. turns.Where(t => t.State is { ExpectedVersion: > 0 })];
    private NpgsqlBatchCommand? _insertCommand;
    private NpgsqlBatchCommand? _updateCommand;

    public void AddWrites(NpgsqlBatch batch, PostgresGridStore store)
    {
        var consumed = turns.SelectMany(t => t.Consumed).ToArray();
        if (consumed.Length > 0)
        {
            batch.BatchCommands.Add(Command($"DELETE FROM {s}.inbox WHERE seq = ANY(@seqs)", ("seqs", consumed)));
        }

        if (_inserts.Count > 0)
        {
            _insertCommand = Command(
                $"""
                INSERT INTO {s}.grain_state (grain_type, grain_key, shard, version, state)
                SELECT t, k, sh, 1, st FROM unnest(@types, @keys, @shards, @states) AS u(t, k, sh, st)
                ON CONFLICT (grain_type, grain_key) DO NOTHING
                """,
                ("types", _inserts.Select(t => t.Grain.Type).ToArray()),
                ("keys", _inserts.Select(t => t.Grain.Key).ToArray()),
                ("shards", _inserts.Select(t => t.Shard).ToArray()),
                ("states", _inserts.Select(t => t.State!.Json).ToArray()));
            batch.BatchCommands.Add(_insertCommand);
        }

        if (_updates.Count > 0)
        {
            _updateCommand = Command(
                $"""
                UPDATE {s}.grain_state g SET state = u.st, version = u.v + 1, updated_at = now()
                FROM unnest(@types, @keys, @versions, @states) AS u(t, k, v, st)
                WHERE g.grain_type = u.t AND g.grain_key = u.k AND g.version = u.v
                """,
                ("types", _updates.Select(t => t.Grain.Type).ToArray()),
                ("keys", _updates.Select(t => t.Grain.Key).ToArray()),
                ("versions", _updates.Select(t => t.State!.ExpectedVersion).ToArray()),
                ("states", _updates.Select(t => t.State!.Json).ToArray()));
            batch.BatchCommands.Add(_updateCommand);
        }

        var messages = turns.SelectMany(t => t.Messages).ToList();
        if (messages.Count > 0)
        {
            batch.BatchCommands.Add(store.AppendCommand(messages));
            batch.BatchCommands.Add(store.NotifyShards(messages.Select(m => m.Shard)));
        }

        AddReminderWrites(batch);
        AddOutboxWrites(batch);
        AddDeadLetterWrites(batch);
    }

    /// <summary>Throws if a state write found another version than its turn started from.</summary>
    public void VerifyStateWrites(NpgsqlBatch batch)
    {
        if (_insertCommand is not null && _insertCommand.RecordsAffected != _inserts.Count)
        {
            throw new StateConflictException(_inserts[0].Grain, 0);
        }

        if (_updateCommand is not null && _updateCommand.RecordsAffected != _updates.Count)
        {
            throw new StateConflictException(_updates[0].Grain, _updates[0].State!.ExpectedVersion);
        }
    }

    private void AddReminderWrites(NpgsqlBatch batch)
    {
        var upserts = new List<(TurnCommit Turn, ReminderSet Set)>();
        var deletes = new List<(TurnCommit Turn, string Name)>();
        var completions = new List<(TurnCommit Turn, ReminderCompleted Done)>();
        foreach (var turn in turns)
        {
            foreach (var final in turn.Reminders.GroupBy(r => r.Name).Select(g => Collapse(g.ToList())))
            {
                switch (final)
                {
                    case ReminderSet set: upserts.Add((turn, set)); break;
                    case ReminderCancel cancel: deletes.Add((turn, cancel.Name)); break;
                    case ReminderCompleted done: completions.Add((turn, done)); break;
                }
            }
        }

        if (upserts.Count > 0)
        {
            batch.BatchCommands.Add(Command(
                $"""
                INSERT INTO {s}.reminders (grain_type, grain_key, name, shard, due_at, period_ms, generation)
                SELECT * FROM unnest(@types, @keys, @names, @shards, @due, @periods, @generations)
                ON CONFLICT (grain_type, grain_key, name) DO UPDATE
                SET due_at = excluded.due_at, period_ms = excluded.period_ms, generation = excluded.generation
                """,
                ("types", upserts.Select(u => u.Turn.Grain.Type).ToArray()),
                ("keys", upserts.Select(u => u.Turn.Grain.Key).ToArray()),
                ("names", upserts.Select(u => u.Set.Name).ToArray()),
                ("shards", upserts.Select(u => u.Turn.Shard).ToArray()),
                ("due", upserts.Select(u => u.Set.DueAt.ToUniversalTime()).ToArray()),
                ("periods", upserts.Select(u => u.Set.Period is { } p ? (long?)p.TotalMilliseconds : null).ToArray()),
                ("generations", upserts.Select(u => u.Set.Generation).ToArray())));
        }

        if (deletes.Count > 0)
        {
            batch.BatchCommands.Add(Command(
                $"""
                DELETE FROM {s}.reminders r USING unnest(@types, @keys, @names) AS u(t, k, n)
                WHERE r.grain_type = u.t AND r.grain_key = u.k AND r.name = u.n
                """,
                ("types", deletes.Select(d => d.Turn.Grain.Type).ToArray()),
                ("keys", deletes.Select(d => d.Turn.Grain.Key).ToArray()),
                ("names", deletes.Select(d => d.Name).ToArray())));
        }

        if (completions.Count > 0)
        {
            batch.BatchCommands.Add(Command(
                $"""
                DELETE FROM {s}.reminders r USING unnest(@types, @keys, @names, @generations) AS u(t, k, n, g)
                WHERE r.grain_type = u.t AND r.grain_key = u.k AND r.name = u.n AND r.generation = u.g AND r.due_at IS NULL
                """,
                ("types", completions.Select(c => c.Turn.Grain.Type).ToArray()),
                ("keys", completions.Select(c => c.Turn.Grain.Key).ToArray()),
                ("names", completions.Select(c => c.Done.Name).ToArray()),
                ("generations", completions.Select(c => c.Done.Generation).ToArray())));
        }
    }

    /// <summary>The net effect of a turn's changes to one reminder: the last set or cancel wins over an earlier completion.</summary>
    private static ReminderChange Collapse(List<ReminderChange> changes) =>
        changes.LastOrDefault(c => c is not ReminderCompleted) ?? changes[^1];

    private void AddOutboxWrites(NpgsqlBatch batch)
    {
        var effects = turns.SelectMany(t => t.Outbox.Select(o => (Turn: t, Effect: o))).ToList();
        if (effects.Count > 0)
        {
            batch.BatchCommands.Add(Command(
                $"""
                INSERT INTO {s}.outbox (channel, object_key, payload, source_type, source_key, writer_epoch)
                SELECT c, o, p, st, sk, @epoch FROM unnest(@channels, @objects, @payloads, @types, @keys) AS u(c, o, p, st, sk)
                """,
                ("epoch", lease.Epoch),
                ("channels", effects.Select(e => e.Effect.Channel).ToArray()),
                ("objects", effects.Select(e => e.Effect.ObjectKey).ToArray()),
                ("payloads", effects.Select(e => e.Effect.Payload).ToArray()),
                ("types", effects.Select(e => e.Turn.Grain.Type).ToArray()),
                ("keys", effects.Select(e => e.Turn.Grain.Key).ToArray())));
        }
    }

    private void AddDeadLetterWrites(NpgsqlBatch batch)
    {
        var letters = turns.Where(t => t.DeadLetter is not null).Select(t => t.DeadLetter!).ToList();
        if (letters.Count > 0)
        {
            batch.BatchCommands.Add(DeadLetterInsert.Command(s, letters));
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value));
        }

        return command;
    }
}
