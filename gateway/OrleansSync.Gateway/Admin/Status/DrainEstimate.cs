using OrleansSync.Gateway.Configuration;

namespace OrleansSync.Gateway.Admin.Status;

/// <summary>Rate-limit headroom and time to drain, from a backlog and HubSpot's rolling 10-second request budget.</summary>
public static class DrainEstimate
{
    private const double WindowSeconds = 10;

    public static PortalBacklog For(string portalId, long backlog, HubSpotBudgetOptions budget)
    {
        var perWindow = budget.RequestsPer10SecondsFor(portalId);
        var batch = budget.RecordsPerBatch;
        var requests = (backlog + batch - 1) / batch;
        var headroom = Math.Max(0, perWindow - requests) / (double)perWindow;
        return new PortalBacklog(
            portalId,
            backlog,
            perWindow,
            batch,
            perWindow * batch / WindowSeconds,
            requests,
            headroom,
            requests * WindowSeconds / perWindow);
    }
}
