using OrleansSync.Grains.Mapping;

namespace OrleansSync.Grains.Customers;

/// <summary>The seeds' lifecycle rules as pure functions: subscriber → lead → customer (first paid order) → repeat; lapsed / churn-risk by recency.</summary>
public static class CustomerLifecycle
{
    public static LifecycleStatus Status(IEnumerable<OrderSummary> orders, bool isLead, DateTimeOffset now, SyncMappingOptions options)
    {
        var paid = PaidTimes(orders);
        if (paid.Count == 0)
        {
            return isLead ? LifecycleStatus.Lead : LifecycleStatus.Subscriber;
        }

        var since = now - paid[^1];
        if (since >= options.ChurnRiskAfter)
        {
            return LifecycleStatus.ChurnRisk;
        }

        if (since >= options.LapsedAfter)
        {
            return LifecycleStatus.Lapsed;
        }

        for (var i = 1; i < paid.Count; i++)
        {
            if (paid[i] - paid[i - 1] <= options.RepeatWindow)
            {
                return LifecycleStatus.Repeat;
            }
        }

        return LifecycleStatus.Customer;
    }

    /// <summary>HubSpot's <c>lifecyclestage</c> value for a status.</summary>
    public static string HubSpotStage(LifecycleStatus status) => status switch
    {
        LifecycleStatus.Subscriber => "subscriber",
        LifecycleStatus.Lead => "lead",
        _ => "customer",
    };

    /// <summary>HubSpot's stage only moves forward: the further of what was sent and what is computed.</summary>
    public static LifecycleStatus Forward(LifecycleStatus? sent, LifecycleStatus computed) =>
        sent is { } s && Rank(s) >= Rank(computed) ? s : computed;

    public static string PropertyValue(LifecycleStatus status) => status switch
    {
        LifecycleStatus.ChurnRisk => "churn_risk",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>The next moment the recency-driven status or flags change, for the reminder; null when nothing is left to change.</summary>
    public static DateTimeOffset? NextChange(IEnumerable<OrderSummary> orders, DateTimeOffset now, SyncMappingOptions options)
    {
        var paid = PaidTimes(orders);
        if (paid.Count == 0)
        {
            return null;
        }

        var last = paid[^1];
        DateTimeOffset[] thresholds = [last + options.RecentPurchaseWindow, last + options.LapsedAfter, last + options.ChurnRiskAfter];
        return thresholds.Where(t => t > now).Order().Cast<DateTimeOffset?>().FirstOrDefault();
    }

    public static List<DateTimeOffset> PaidTimes(IEnumerable<OrderSummary> orders) =>
        [.. orders.Where(o => o.Paid && !o.Cancelled && o.PaidAt is not null).Select(o => o.PaidAt!.Value).Order()];

    private static int Rank(LifecycleStatus status) => status switch
    {
        LifecycleStatus.Subscriber => 0,
        LifecycleStatus.Lead => 1,
        _ => 2,
    };
}
