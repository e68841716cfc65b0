namespace OrleansSync.Contracts.Operations;

/// <summary>One reconciliation run of one HubSpot portal's stores for one day (UTC).</summary>
/// <param name="Trigger">"on demand" (admin API, dashboard) or "daily" (the reconciliation grain's reminder).</param>
/// <param name="Error">Why the run could not finish (HubSpot unreachable); the totals are then empty.</param>
[GenerateSerializer]
[Alias("reconciliation-report.v1")]
public sealed record ReconciliationReport(
    string RunId,
    string PortalId,
    DateOnly Day,
    string Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyList<ReconciliationTotal> Totals,
    IReadOnlyList<ReconciliationDifference> Differences,
    string? Error)
{
    /// <summary>The largest variance of the run, in percent.</summary>
    public decimal MaxVariancePercent => Totals.Count == 0 ? 0 : Totals.Max(t => t.VariancePercent);

    public bool WithinBar => Error is null && Totals.All(t => t.WithinBar);
}
