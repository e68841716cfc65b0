namespace OrleansSync.Contracts.Operations;

/// <summary>Why an order is listed by a reconciliation.</summary>
public static class ReconciliationReasons
{
    /// <summary>The store has a paid order and HubSpot has no closed-won deal for it that day.</summary>
    public const string MissingInHubSpot = "missing in HubSpot";

    /// <summary>Both have it; the deal's amount differs from paid − refunded by more than a cent.</summary>
    public const string AmountDiffers = "amount differs";

    /// <summary>Both have it; the deal's currency is not the order's.</summary>
    public const string CurrencyDiffers = "currency differs";

    /// <summary>HubSpot has a closed-won deal of the store that day with no paid order behind it.</summary>
    public const string ExtraDeal = "extra deal";
}
