using Npgsql;
using OrleansSync.Runtime.DeadLetters;

namespace OrleansSync.Runtime.PostgreSql;

/// <summary>The set-based insert of dead letters, shared by turn commits and outbox rejections.</summary>
internal static class DeadLetterInsert
{
    public static NpgsqlBatchCommand Command(string s, IReadOnlyList<NewDeadLetter> letters) => new($"""
        INSERT INTO {s}.dead_letters (kind, grain_type, grain_key, channel, type_or_key, payload, error, attempts)
        SELECT * FROM unnest(@kinds, @types, @keys, @channels, @names, @payloads, @errors, @attempts)
        """)
    {
        Parameters =
        {
            new NpgsqlParameter<string[]>("kinds", [.. letters.Select(l => l.Kind.ToString().ToLowerInvariant())]),
            new NpgsqlParameter<string[]>("types", [.. letters.Select(l => l.Grain.Type)]),
            new NpgsqlParameter<string[]>("keys", [.. letters.Select(l => l.Grain.Key)]),
            new NpgsqlParameter<string?[]>("channels", [.. letters.Select(l => l.Channel)]),
            new NpgsqlParameter<string[]>("names", [.. letters.Select(l => l.TypeOrObjectKey)]),
            new NpgsqlParameter<string[]>("payloads", [.. letters.Select(l => l.Payload)]),
            new NpgsqlParameter<string[]>("errors", [.. letters.Select(l => l.Error)]),
            new NpgsqlParameter<int[]>("attempts", [.. letters.Select(l => l.Attempts)]),
        },
    };
}
