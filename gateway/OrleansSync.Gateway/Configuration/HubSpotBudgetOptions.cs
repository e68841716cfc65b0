using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Gateway.Configuration;

/// <summary>
/// The HubSpot request budget the status page uses to estimate rate-limit headroom and the time to
/// drain each portal's outbox (section "Gateway:HubSpotBudget"). Reporting only: the dispatcher
/// grains enforce the real limits.
/// </summary>
public sealed class HubSpotBudgetOptions
{
    public const string SectionName = "Gateway:HubSpotBudget";

    /// <summary>Records per batch call. Default 100 (HubSpot's batch limit).</summary>
    [Range(1, 1000)]
    public int RecordsPerBatch { get; set; } = 100;

    /// <summary>Requests per rolling 10 seconds. Default 100 (Free/Starter private app); 190 for Pro/Enterprise, 250 with the add-on.</summary>
    [Range(1, 10_000)]
    public int RequestsPer10Seconds { get; set; } = 100;

    /// <summary>Per-portal overrides of <see cref="RequestsPer10Seconds"/>, keyed by portal id. Default none.</summary>
    public Dictionary<string, int> PortalRequestsPer10Seconds { get; set; } = [];

    public int RequestsPer10SecondsFor(string portalId) =>
        PortalRequestsPer10Seconds.TryGetValue(portalId, out var r) && r > 0 ? r : RequestsPer10Seconds;
}
