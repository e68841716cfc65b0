namespace OrleansSync.Contracts.Portals;

/// <summary>How fast an event must reach HubSpot (shared/seeds): 5 minutes for marketing triggers, 15 for cart and order events.</summary>
public static class LatencyTargets
{
    public const string Marketing = "marketing";
    public const string Cart = "cart";
    public const string Order = "order";

    /// <summary>The target of an event kind; kinds without their own (customer, product) get the 15-minute one.</summary>
    public static TimeSpan For(string kind) => kind == Marketing ? TimeSpan.FromMinutes(5) : TimeSpan.FromMinutes(15);

    /// <summary>Share of events that must make their target.</summary>
    public const decimal WithinTargetBarPercent = 98m;
}
