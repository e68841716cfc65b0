namespace OrleansSync.Contracts.Operations;

/// <summary>One day, store and currency: what the store was paid (refunds negative) against HubSpot's closed-won deals.</summary>
/// <param name="StorePaid">Sum of paid order totals the grid received.</param>
/// <param name="StoreRefunds">Sum of refunds, negative.</param>
/// <param name="StoreNet">Paid plus refunds: what the deals should add up to.</param>
/// <param name="HubSpotClosedWon">Sum of the amounts of HubSpot's closed-won deals of the store, day and currency, read back from HubSpot.</param>
/// <param name="VariancePercent">|store net − HubSpot| ÷ |store net| × 100 (0 when both are 0; 100 when only HubSpot has deals).</param>
/// <param name="WithinBar">Variance within <see cref="ReconciliationBars.MaxVariancePercent"/>.</param>
[GenerateSerializer]
[Alias("reconciliation-total.v1")]
public sealed record ReconciliationTotal(
    string StoreId,
    string Currency,
    int Orders,
    decimal StorePaid,
    decimal StoreRefunds,
    decimal StoreNet,
    int Deals,
    decimal HubSpotClosedWon,
    decimal VariancePercent,
    bool WithinBar);
