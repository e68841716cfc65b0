using Microsoft.Extensions.Options;
using Npgsql;
using OrleansSync.Gateway.Storage;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// The delivery queue in PostgreSQL (<c>sync_pending_deliveries</c>, see <see cref="GatewaySchema"/>), shared by every
/// gateway through the process's one <see cref="NpgsqlDataSource"/>. Appends of concurrent callers are group-committed;
/// claims use <c>FOR UPDATE SKIP LOCKED</c> and a lease in <c>next_attempt_at</c>, so two gateways never hold one row at once.
/// </summary>
public sealed partial class PostgresDeliveryQueue : IDeliveryQueue, IAsyncDisposable
{
    private const int MaxErrorLength = 2_000;
    private const int PruneBatch = 5_000;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly string _table;
    private readonly GroupCommit<LeasedDelivery, AppendReceipt> _appends;

    public PostgresDeliveryQueue(NpgsqlDataSource dataSource, IOptions<StorageOptions> storage, IOptions<DeliveryOptions> options, TimeProvider time)
    {
        _dataSource = dataSource;
        _time = time;
        _table = $"{storage.Value.Schema}.sync_pending_deliveries";
        _appends = new GroupCommit<LeasedDelivery, AppendReceipt>(WriteGroupAsync, options.Value.MaxAppendsPerCommit);
    }

    public Task<IReadOnlyList<AppendReceipt>> AppendAsync(IReadOnlyList<PendingDelivery> deliveries, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        _appends.WriteAsync([.. deliveries.Select(d => new LeasedDelivery(d, leaseUntil))], cancellationToken);

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT 1 FROM {_table} LIMIT 1");
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _appends.DisposeAsync();

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
