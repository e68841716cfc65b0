namespace OrleansSync.Workload.Verification;

/// <summary>
/// What HubSpot holds against what the store did. Lost: expected records missing (orders → deals, emails → contacts,
/// order lines → line items) or deals without their final amount (a refund or update that never arrived). Duplicates:
/// extra objects for one order, email or order line.
/// </summary>
public sealed record VerificationReport(
    int ExpectedOrders,
    int ExpectedContacts,
    int ExpectedLineItems,
    IReadOnlyList<string> MissingDeals,
    IReadOnlyList<string> MissingContacts,
    IReadOnlyList<string> MissingLineItems,
    IReadOnlyList<string> WrongAmounts,
    int DuplicateDeals,
    int DuplicateContacts,
    int DuplicateLineItems,
    IReadOnlyList<RevenueCell> Revenue,
    HubSpotCallStats Calls,
    IReadOnlyDictionary<string, double> OrderLatencyMs)
{
    /// <summary>Every store change that did not reach HubSpot as it should have.</summary>
    public int Lost => MissingDeals.Count + MissingContacts.Count + MissingLineItems.Count + WrongAmounts.Count;

    public int Duplicates => DuplicateDeals + DuplicateContacts + DuplicateLineItems;

    /// <summary>Records HubSpot holds for the workload's orders, contacts and lines (found, not expected).</summary>
    public int RecordsFound => ExpectedOrders - MissingDeals.Count + ExpectedContacts - MissingContacts.Count + ExpectedLineItems - MissingLineItems.Count;

    public bool RevenueMatches => Revenue.All(r => r.Matches);

    public override string ToString() =>
        $"lost {Lost} (deals {MissingDeals.Count}, contacts {MissingContacts.Count}, line items {MissingLineItems.Count}, wrong amounts {WrongAmounts.Count}); " +
        $"duplicates {Duplicates} (deals {DuplicateDeals}, contacts {DuplicateContacts}, line items {DuplicateLineItems}); " +
        $"revenue {(RevenueMatches ? "matches" : "DIFFERS")} in {Revenue.Count} day×currency cells; {Calls.Calls} calls, {Calls.Http429} × 429";
}
