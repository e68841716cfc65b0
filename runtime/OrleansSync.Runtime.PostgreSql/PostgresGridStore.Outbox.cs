using Npgsql;
using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.PostgreSql;

public sealed partial class PostgresGridStore
{
    public async Task<IReadOnlyList<OutboxEntry>> ReadAsync(string channel, int max, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT id, channel, object_key, payload, source_type, source_key, created_at FROM {_s}.outbox
            WHERE channel = @channel ORDER BY id LIMIT @max
            """);
        command.Parameters.Add(P("channel", channel));
        command.Parameters.Add(P("max", max));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<OutboxEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new OutboxEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), new GrainId(reader.GetString(4), reader.GetString(5)), reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return entries;
    }

    public async Task CompleteAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {_s}.outbox WHERE id = ANY(@ids)");
        command.Parameters.Add(P("ids", ids.ToArray()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeadLetterAsync(IReadOnlyList<(OutboxEntry Entry, string Error, int Attempts)> rejected, CancellationToken cancellationToken)
    {
        if (rejected.Count == 0)
        {
            return;
        }

        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"DELETE FROM {_s}.outbox WHERE id = ANY(@ids)") { Parameters = { P("ids", rejected.Select(r => r.Entry.Id).ToArray()) } });
        batch.BatchCommands.Add(DeadLetterInsert.Command(_s, [.. rejected.Select(r =>
            new NewDeadLetter(DeadLetterKind.Outbox, r.Entry.Source, r.Entry.Channel, r.Entry.ObjectKey, r.Entry.Payload, r.Error, r.Attempts))]));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, long>> CountByChannelAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT channel, count(*) FROM {_s}.outbox GROUP BY channel");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    public async Task<GridStatistics> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT (SELECT count(*) FROM {_s}.inbox),
                   (SELECT count(*) FROM {_s}.inbox WHERE claimed_epoch <> 0),
                   (SELECT count(*) FROM {_s}.reminders WHERE due_at <= @now),
                   (SELECT count(*) FROM {_s}.reminders),
                   (SELECT count(*) FROM {_s}.dead_letters)
            """);
        command.Parameters.Add(P("now", now.ToUniversalTime()));
        long inbox, claimed, due, reminders, dead;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (inbox, claimed, due, reminders, dead) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
        }

        return new GridStatistics(inbox, claimed, due, reminders, await CountByChannelAsync(cancellationToken), dead);
    }
}
