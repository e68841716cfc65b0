namespace OrleansSync.Contracts.Operations;

/// <summary>One order (or deal) on which the store and HubSpot disagree.</summary>
/// <param name="Reason">One of <see cref="ReconciliationReasons"/>.</param>
/// <param name="StoreAmount">What the deal should carry (paid − refunded); null for an extra deal.</param>
/// <param name="HubSpotAmount">The deal's amount in HubSpot; null when the deal is missing.</param>
/// <param name="HubSpotDealId">The deal's HubSpot id; null when missing.</param>
[GenerateSerializer]
[Alias("reconciliation-difference.v1")]
public sealed record ReconciliationDifference(
    string OrderKey,
    string StoreId,
    string Reason,
    decimal? StoreAmount,
    decimal? HubSpotAmount,
    string? StoreCurrency,
    string? HubSpotCurrency,
    string? HubSpotDealId);
