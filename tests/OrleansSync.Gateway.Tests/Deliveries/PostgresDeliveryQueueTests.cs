using Npgsql;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Deliveries;

public sealed class PostgresDeliveryQueueTests : DeliveryQueueConformance, IAsyncDisposable
{
    private readonly string _schema = TestPostgres.NewSchema("dq");
    private readonly List<StandaloneGateway> _gateways = [];

    [Fact]
    public Task Append_RepeatWithinWindow_IsDuplicate_Postgres() => Append_RepeatWithinWindow_IsDuplicate();

    [Fact]
    public Task Append_SameKeyTwiceInOneCall_QueuesTheFirstInOrder_Postgres() => Append_SameKeyTwiceInOneCall_QueuesTheFirstInOrder();

    [Fact]
    public Task Claim_RowsLeasedByTheirAppender_AreClaimedOnlyAfterTheLeaseRunsOut_Postgres() => Claim_RowsLeasedByTheirAppender_AreClaimedOnlyAfterTheLeaseRunsOut();

    [Fact]
    public Task RecordFailures_CountsTheAttemptAndSchedulesTheRetry_Postgres() => RecordFailures_CountsTheAttemptAndSchedulesTheRetry();

    [Fact]
    public Task MarkDelivered_ThenALateFailure_StaysDeliveredAndIsNeverClaimed_Postgres() => MarkDelivered_ThenALateFailure_StaysDeliveredAndIsNeverClaimed();

    [Fact]
    public Task ReadPending_PerStore_CountsAndOldest_Postgres() => ReadPending_PerStore_CountsAndOldest();

    [Fact]
    public async Task Append_ConcurrentCallers_ShareOneCommit()
    {
        var queue = await CreateAsync();
        var table = $"{_schema}.sync_pending_deliveries";
        await using var blocker = NpgsqlDataSource.Create(TestPostgres.RequiredConnectionString);
        await using var connection = await blocker.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand($"LOCK TABLE {table} IN EXCLUSIVE MODE", connection, transaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        // The first append's transaction waits on the lock; everything appended meanwhile queues behind it.
        var first = queue.AppendAsync([Delivery("first")], Now + Lease, CancellationToken.None);
        await Eventually.WaitAsync(async () => await WaitingOnLockAsync(blocker, table) > 0, "the first append's insert waiting on the table lock");
        var concurrent = Enumerable.Range(0, 50).Select(i => queue.AppendAsync([Delivery($"c{i}")], Now + Lease, CancellationToken.None)).ToList();
        await transaction.RollbackAsync();
        await first;
        var receipts = await Task.WhenAll(concurrent);

        Assert.All(receipts, r => Assert.False(Assert.Single(r).Duplicate));
        var transactions = await TransactionsByKeyAsync(blocker, table);
        Assert.Single(transactions.Where(t => t.Key.StartsWith('c')).Select(t => t.Value).Distinct());
        Assert.NotEqual(transactions["first"], transactions["c0"]);
    }

    [Fact]
    public async Task Claim_TwoGatewaysAtOnce_NeverGetTheSameRow()
    {
        var writer = await CreateAsync();
        var other = (await GatewayAsync(new TestGrains())).Queue;
        await writer.AppendAsync([.. Enumerable.Range(0, 500).Select(i => Delivery($"k{i}"))], Now - TimeSpan.FromSeconds(1), CancellationToken.None);

        async Task<List<long>> ClaimAllAsync(IDeliveryQueue queue)
        {
            var mine = new List<long>();
            while ((await queue.ClaimDueAsync(Now, Now + Lease, 7, CancellationToken.None)) is { Count: > 0 } claimed)
            {
                mine.AddRange(claimed.Select(c => c.Id));
            }

            return mine;
        }

        var claims = await Task.WhenAll(Task.Run(() => ClaimAllAsync(writer)), Task.Run(() => ClaimAllAsync(other)));

        Assert.Empty(claims[0].Intersect(claims[1]));
        Assert.Equal(500, claims[0].Count + claims[1].Count);
        Assert.Empty(await other.ClaimDueAsync(Now, Now + Lease, 1_000, CancellationToken.None));
    }

    [Fact]
    public async Task Sweep_TwoGatewaysOnOneDatabase_NeverHandTheSameRowTwiceAtOnce()
    {
        var grains = new TestGrains { CallDelay = TimeSpan.FromMilliseconds(2) };
        var options = new DeliveryOptions { SweepInterval = TimeSpan.FromMilliseconds(10), BatchSize = 25, MaxConcurrentGrains = 4 };
        var crashed = await CreateAsync();
        var a = await GatewayAsync(grains, options);
        var b = await GatewayAsync(grains, options);

        // Left behind by a gateway that crashed after acknowledging: durable, its lease already run out.
        var erasures = Enumerable.Range(0, 400).Select(i => new EraseCustomer(
            $"{i % 40}", $"person{i}@example.com", $"r{i}", "dpo", null, DateTimeOffset.UnixEpoch)).ToList();
        await crashed.AppendAsync(
            [.. erasures.Select(e => new PendingDelivery(GrainRouting.Route(e), MessageTypes.NameOf(typeof(EraseCustomer)), MessageTypes.Serialize(e), $"erase:{e.RequestId}", null))],
            Now - TimeSpan.FromSeconds(1),
            CancellationToken.None);
        await Task.WhenAll(a.HandOff.StartAsync(CancellationToken.None), b.HandOff.StartAsync(CancellationToken.None));

        await Eventually.WaitAsync(async () => (await crashed.ReadPendingAsync(CancellationToken.None)).Count == 0, "both gateways' sweeps to hand every left-behind row over");

        Assert.Equal(0, grains.Overlaps);
        Assert.Equal(0, grains.Repeats);
        Assert.Equal(400, grains.Applied.Count);
        Assert.Equal(erasures.Select(e => $"erase:{e.RequestId}").Order(), grains.Applied.Select(x => x.Envelope.Id).Order());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            await gateway.DisposeAsync();
        }
    }

    protected override async Task<IDeliveryQueue> CreateAsync() => (await GatewayAsync(new TestGrains())).Queue;

    private async Task<StandaloneGateway> GatewayAsync(TestGrains grains, DeliveryOptions? options = null)
    {
        var gateway = await StandaloneGateway.CreateAsync(_schema, grains, Time, options);
        _gateways.Add(gateway);
        return gateway;
    }

    private static async Task<long> WaitingOnLockAsync(NpgsqlDataSource dataSource, string table)
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = '{table}'::regclass");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Dictionary<string, string>> TransactionsByKeyAsync(NpgsqlDataSource dataSource, string table)
    {
        await using var command = dataSource.CreateCommand($"SELECT dedup_key, xmin::text FROM {table}");
        var byKey = new Dictionary<string, string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            byKey[reader.GetString(0)] = reader.GetString(1);
        }

        return byKey;
    }
}
