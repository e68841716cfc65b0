namespace OrleansSync.Workload.Verification;

/// <summary>Revenue of one day (UTC, by the deal's close date = the order's payment) in one currency: the store's and HubSpot's.</summary>
public sealed record RevenueCell(DateOnly Day, string Currency, decimal Store, decimal HubSpot)
{
    public bool Matches => Store == HubSpot;
}
