namespace OrleansSync.Contracts.Operations;

/// <summary>The data-quality KPIs and their bars (shared/seeds).</summary>
public static class KpiNames
{
    /// <summary>Paid orders with an email whose email is a HubSpot contact's; bar: above 95 %.</summary>
    public const string MatchRate = "match_rate";

    /// <summary>HubSpot contacts sharing a normalised email or phone with another; bar: below 2 %.</summary>
    public const string DuplicateRate = "duplicate_rate";

    /// <summary>Ecommerce deals associated with a contact; bar: at least 95 %.</summary>
    public const string DealsWithContact = "deals_with_contact";

    /// <summary>Ecommerce deals associated with line items; bar: at least 95 %.</summary>
    public const string DealsWithLineItems = "deals_with_line_items";

    /// <summary>Events written to HubSpot within their latency target (5 min marketing, 15 min cart and order); bar: at least 98 %.</summary>
    public const string WithinLatencyTarget = "within_latency_target";

    /// <summary>HubSpot records dead-lettered out of all handled today; bar: below 0.25 % (the daily error budget).</summary>
    public const string FailedOperations = "failed_operations";
}
