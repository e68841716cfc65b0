namespace OrleansSync.Contracts.Operations;

/// <summary>
/// The store side of the reconciliation, one row per paid order: what each order grain last reported, by store and UTC
/// paid day. A row per order rather than one grain state per day, so a day of 100,000 orders costs 100,000 small writes,
/// not 100,000 rewrites of an ever larger state.
/// </summary>
public interface IStoreLedgerStore
{
    /// <summary>Keeps each entry unless the ledger holds the same order with a newer revision (repeats and late arrivals change nothing).</summary>
    Task RecordAsync(IReadOnlyList<OrderPaidRecorded> entries, CancellationToken cancellationToken);

    Task<IReadOnlyList<OrderPaidRecorded>> ReadAsync(string storeId, DateOnly day, CancellationToken cancellationToken);
}
