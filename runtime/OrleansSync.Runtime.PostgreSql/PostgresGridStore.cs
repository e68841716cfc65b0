using Npgsql;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.PostgreSql;

/// <summary>
/// The production provider. Every owner-side write runs in a transaction that first locks the shard's lease
/// row FOR SHARE at (owner, epoch, unexpired), so a silo that lost its lease cannot commit; expiry is judged
/// by the database's clock. Transactions are short and never span grain code.
/// </summary>
public sealed partial class PostgresGridStore(NpgsqlDataSource dataSource, GridOptions options, ICommitFaultInjector? faults = null)
    : IInboxStore, IShardStore, ILeaseStore, IOutboxStore, IDeadLetterStore, IGridStatisticsReader, IGridSchema, Health.IStoreHealthReader
{
    private readonly string _s = options.Schema;
    private readonly int _shardCount = options.ShardCount;
    private readonly ICommitFaultInjector _faults = faults ?? NoCommitFaults.Instance;

    /// <summary>The NOTIFY channel of this grid (one per schema, so grids sharing a database do not wake each other).</summary>
    public string Channel => $"orleanssync_{_s}";

    private static NpgsqlParameter<T> P<T>(string name, T value) => new(name, value);

    private NpgsqlBatchCommand LeaseCheck(ShardLease lease) => new($"""
        SELECT 1 FROM {_s}.shard_lease
        WHERE shard = @shard AND owner_silo = @owner AND epoch = @epoch AND expires_at > now()
        FOR SHARE
        """)
    {
        Parameters = { P("shard", lease.Shard), P("owner", lease.SiloId), P("epoch", lease.Epoch) },
    };

    internal NpgsqlBatchCommand NotifyShards(IEnumerable<int> shards) => new($"SELECT pg_notify(@channel, s::text) FROM unnest(@shards) AS s")
    {
        Parameters = { P("channel", Channel), P("shards", shards.Distinct().ToArray()) },
    };

    private static string KindName(DeadLetterKind kind) => kind.ToString().ToLowerInvariant();
}
