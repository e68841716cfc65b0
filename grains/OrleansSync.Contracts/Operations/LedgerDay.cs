namespace OrleansSync.Contracts.Operations;

/// <summary>The ledger day of a paid order: its UTC paid date.</summary>
public static class LedgerDay
{
    public static DateOnly Of(OrderPaidRecorded entry) => DateOnly.FromDateTime(entry.PaidAt.UtcDateTime);
}
