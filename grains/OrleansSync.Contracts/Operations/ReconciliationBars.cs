namespace OrleansSync.Contracts.Operations;

/// <summary>The bars of the seeds (shared/seeds) the reconciliation and the data-quality KPIs are held against.</summary>
public static class ReconciliationBars
{
    /// <summary>Revenue in HubSpot within 0.5 % of the store's.</summary>
    public const decimal MaxVariancePercent = 0.5m;
}
