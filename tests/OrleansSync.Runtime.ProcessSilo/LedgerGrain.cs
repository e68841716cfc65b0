using Npgsql;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Runtime.ProcessSilo;

[GrainMessage("ledger.record")]
public sealed record Record(string Id);

public sealed class LedgerState
{
    /// <summary>Every applied message id, in order: a repeat would be an effect applied twice.</summary>
    public List<string> Applied { get; set; } = [];
}

/// <summary>
/// Records applied message ids in its state, and logs every turn it runs (silo, start, end) to a side table
/// outside the turn's transaction, so a test can prove no grain ever ran on two silos at the same time.
/// </summary>
public sealed class LedgerGrain(NpgsqlDataSource dataSource, SiloIdentity silo) : Grain<LedgerState>, IHandle<Record>
{
    public const string TypeName = "ledger";

    public async ValueTask HandleAsync(Record message, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetUtcNow();
        State.Applied.Add(message.Id);
        await using var log = dataSource.CreateCommand($"INSERT INTO {silo.Schema}.turn_log (grain_key, silo_id, started_at, ended_at) VALUES (@g, @s, @b, clock_timestamp())");
        log.Parameters.Add(new NpgsqlParameter<string>("g", Id.Key));
        log.Parameters.Add(new NpgsqlParameter<string>("s", silo.SiloId));
        log.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("b", started));
        await log.ExecuteNonQueryAsync(cancellationToken);
    }
}
