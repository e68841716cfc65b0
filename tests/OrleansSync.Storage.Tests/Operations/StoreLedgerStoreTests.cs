using OrleansSync.Contracts.Operations;
using OrleansSync.Storage.Operations;

namespace OrleansSync.Storage.Tests.Operations;

public sealed class StoreLedgerStoreTests
{
    private static readonly DateTimeOffset Paid = new(2026, 11, 30, 23, 30, 0, TimeSpan.FromHours(-2)); // 2026-12-01 UTC

    private static OrderPaidRecorded Entry(string order, decimal paid, long revision, string store = "shop-eu") =>
        new(order, store, "1000001", "EUR", paid, 0m, false, null, Paid, revision);

    [PostgresFact]
    public async Task Record_NewerRevisionReplacesOlder_RepeatsAndLateOlderOnesChangeNothing()
    {
        await using var database = await TestDatabase.CreateAsync("store_ledger");
        await NewestRevisionWins(new PostgresStoreLedgerStore(database.DataSource));
    }

    [Fact]
    public async Task Record_InMemory_NewestRevisionWinsLikePostgres() =>
        await NewestRevisionWins(new InMemoryStoreLedgerStore());

    [PostgresFact]
    public async Task Read_ReturnsOneStoreAndUtcPaidDayOnly()
    {
        await using var database = await TestDatabase.CreateAsync("store_ledger_days");
        var ledger = new PostgresStoreLedgerStore(database.DataSource);
        await ledger.RecordAsync([Entry("o-1", 10m, 1), Entry("o-2", 20m, 1, store: "shop-us"), Entry("o-3", 30m, 1) with { PaidAt = Paid.AddDays(1) }], CancellationToken.None);

        var day = await ledger.ReadAsync("shop-eu", new DateOnly(2026, 12, 1), CancellationToken.None);

        Assert.Equal(["o-1"], day.Select(e => e.OrderKey));
        Assert.Empty(await ledger.ReadAsync("shop-eu", new DateOnly(2026, 11, 30), CancellationToken.None));
    }

    private static async Task NewestRevisionWins(IStoreLedgerStore ledger)
    {
        await ledger.RecordAsync([Entry("o-1", 10m, 1), Entry("o-2", 20m, 1)], CancellationToken.None);
        await ledger.RecordAsync([Entry("o-1", 12m, 3), Entry("o-1", 11m, 2)], CancellationToken.None); // both revisions in one batch
        await ledger.RecordAsync([Entry("o-1", 10m, 1), Entry("o-2", 20m, 1)], CancellationToken.None); // a repeat, and a late older one

        var day = await ledger.ReadAsync("shop-eu", new DateOnly(2026, 12, 1), CancellationToken.None);

        Assert.Equal([("o-1", 12m, 3L), ("o-2", 20m, 1L)], day.OrderBy(e => e.OrderKey).Select(e => (e.OrderKey, e.Paid, e.Revision)));
    }
}
