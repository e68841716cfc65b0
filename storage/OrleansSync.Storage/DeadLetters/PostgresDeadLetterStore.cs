using Npgsql;
using NpgsqlTypes;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Storage.DeadLetters;

/// <summary>Dead letters in table <c>sync_dead_letters</c> (migration 0005).</summary>
public sealed class PostgresDeadLetterStore(NpgsqlDataSource dataSource) : IDeadLetterStore
{
    private const string Columns = "id, kind, grain_type, grain_key, portal_id, type_or_key, payload, error, attempts, created_at";

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(string? portalId, long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM sync_dead_letters
            WHERE id > @after AND (@portal::text IS NULL OR portal_id = @portal) ORDER BY id LIMIT @limit
            """);
        command.Parameters.AddWithValue("after", afterId);
        command.Parameters.Add(new NpgsqlParameter("portal", NpgsqlDbType.Text) { Value = (object?)portalId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<DeadLetter?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM sync_dead_letters WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task AddAsync(IReadOnlyList<NewDeadLetter> letters, CancellationToken cancellationToken)
    {
        if (letters.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand("""
            INSERT INTO sync_dead_letters (kind, grain_type, grain_key, portal_id, type_or_key, payload, error, attempts)
            SELECT * FROM unnest(@kind, @type, @key, @portal, @what, @payload, @error, @attempts)
            """);
        command.Parameters.AddWithValue("kind", letters.Select(l => l.Kind.ToString()).ToArray());
        command.Parameters.AddWithValue("type", letters.Select(l => l.Grain.Type).ToArray());
        command.Parameters.AddWithValue("key", letters.Select(l => l.Grain.Key).ToArray());
        command.Parameters.Add(new NpgsqlParameter("portal", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = letters.Select(l => l.PortalId).ToArray() });
        command.Parameters.AddWithValue("what", letters.Select(l => l.TypeOrObjectKey).ToArray());
        command.Parameters.AddWithValue("payload", letters.Select(l => l.Payload).ToArray());
        command.Parameters.AddWithValue("error", letters.Select(l => l.Error).ToArray());
        command.Parameters.AddWithValue("attempts", letters.Select(l => l.Attempts).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM sync_dead_letters WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM sync_dead_letters");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<List<DeadLetter>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var letters = new List<DeadLetter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            letters.Add(new DeadLetter(
                reader.GetInt64(0),
                Enum.Parse<DeadLetterKind>(reader.GetString(1)),
                new GrainIdentity(reader.GetString(2), reader.GetString(3)),
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
