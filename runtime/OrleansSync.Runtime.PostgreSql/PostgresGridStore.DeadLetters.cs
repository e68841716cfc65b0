using Npgsql;
using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Shards;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.PostgreSql;

public sealed partial class PostgresGridStore
{
    private const string DeadLetterColumns = "id, kind, grain_type, grain_key, channel, type_or_key, payload, error, attempts, created_at";

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(string? channel, long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {DeadLetterColumns} FROM {_s}.dead_letters
            WHERE id > @after AND (@channel::text IS NULL OR channel = @channel) ORDER BY id LIMIT @limit
            """);
        command.Parameters.Add(P("after", afterId));
        command.Parameters.Add(P("channel", channel));
        command.Parameters.Add(P("limit", limit));
        return await ReadDeadLetters(command, cancellationToken);
    }

    public async Task<DeadLetter?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {DeadLetterColumns} FROM {_s}.dead_letters WHERE id = @id");
        command.Parameters.Add(P("id", id));
        return (await ReadDeadLetters(command, cancellationToken)).SingleOrDefault();
    }

    public async Task AddAsync(IReadOnlyList<NewDeadLetter> letters, CancellationToken cancellationToken)
    {
        if (letters.Count == 0)
        {
            return;
        }

        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(DeadLetterInsert.Command(_s, letters));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> ReplayAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        DeadLetter? letter;
        await using (var take = new NpgsqlCommand($"DELETE FROM {_s}.dead_letters WHERE id = @id RETURNING {DeadLetterColumns}", connection, tx))
        {
            take.Parameters.Add(P("id", id));
            letter = (await ReadDeadLetters(take, cancellationToken)).SingleOrDefault();
        }

        if (letter is null)
        {
            return false;
        }

        await using var batch = new NpgsqlBatch(connection, tx);
        if (letter.Kind == DeadLetterKind.Outbox)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
                INSERT INTO {_s}.outbox (channel, object_key, payload, source_type, source_key, writer_epoch)
                VALUES (@channel, @object, @payload, @type, @key, 0)
                """)
            {
                Parameters = { P("channel", letter.Channel!), P("object", letter.TypeOrObjectKey), P("payload", letter.Payload), P("type", letter.Grain.Type), P("key", letter.Grain.Key) },
            });
        }
        else
        {
            var shard = ShardHash.ShardOf(letter.Grain, _shardCount);
            batch.BatchCommands.Add(AppendCommand([new NewInboxEntry(shard, letter.Grain, letter.TypeOrObjectKey, letter.Payload, null)]));
            batch.BatchCommands.Add(NotifyShards([shard]));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DiscardAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {_s}.dead_letters WHERE id = @id");
        command.Parameters.Add(P("id", id));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<List<DeadLetter>> ReadDeadLetters(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var letters = new List<DeadLetter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            letters.Add(new DeadLetter(
                reader.GetInt64(0),
                Enum.Parse<DeadLetterKind>(reader.GetString(1), ignoreCase: true),
                new GrainId(reader.GetString(2), reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7),
                reader.GetInt32(8),
                reader.GetFieldValue<DateTimeOffset>(9)));
        }

        return letters;
    }
}
