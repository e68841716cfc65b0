using System.Globalization;
using OrleansSync.Contracts.Operations;
using OrleansSync.Contracts.Portals;
using OrleansSync.Gateway.Admin.Status;

namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>
/// Turns the figures into a traffic light. Red: data is not reaching HubSpot (no silo, a portal unreachable, deliveries older
/// than the 15-minute target, the failure or latency bar broken). Amber: it reaches HubSpot but needs a look (dead letters,
/// another KPI bar broken, a reconciliation over 0.5 %, a backlog older than a minute, HubSpot calls failing, the rate budget
/// nearly used). Green otherwise.
/// </summary>
public static class SyncHealthJudge
{
    private static readonly TimeSpan Target = LatencyTargets.For(LatencyTargets.Order);

    public static SyncHealth Judge(ClusterStatus status, IReadOnlyList<PortalThroughputView> portals, IReadOnlyList<DataQualityReport> kpis, IReadOnlyList<ReconciliationReport> reconciliations)
    {
        var red = new List<string>();
        var amber = new List<string>();
        if (status.Silos.Count == 0)
        {
            red.Add("No silo is running: nothing is being synced.");
        }

        foreach (var portal in portals.Where(p => p.Error is not null))
        {
            red.Add($"HubSpot portal {portal.PortalId} cannot be reached inside the grid.");
        }

        if (status.Deliveries.OldestPendingAgeSeconds is { } oldest && oldest > Target.TotalSeconds)
        {
            red.Add($"Store data has waited {Minutes(oldest)} to be processed (target: 15 minutes).");
        }
        else if (status.Deliveries.OldestPendingAgeSeconds is { } age && age > 60)
        {
            amber.Add($"Store data has waited {Minutes(age)} to be processed.");
        }

        foreach (var broken in kpis.SelectMany(k => k.Broken.Select(b => (k.PortalId, Kpi: b))))
        {
            var words = $"{broken.Kpi.Label} is {broken.Kpi.Percent?.ToString("0.##", CultureInfo.InvariantCulture)} % (bar: {(broken.Kpi.HigherIsBetter ? "at least" : "below")} {broken.Kpi.BarPercent.ToString("0.##", CultureInfo.InvariantCulture)} %) in portal {broken.PortalId}.";
            (broken.Kpi.Name is KpiNames.FailedOperations or KpiNames.WithinLatencyTarget ? red : amber).Add(words);
        }

        if (status.DeadLetters is > 0)
        {
            amber.Add($"{status.DeadLetters} record(s) could not be synced and wait in the dead letters.");
        }

        foreach (var report in reconciliations.Where(r => !r.WithinBar))
        {
            amber.Add(report.Error is not null
                ? $"The reconciliation of portal {report.PortalId} for {report.Day:yyyy-MM-dd} could not finish."
                : $"Revenue in HubSpot is {report.MaxVariancePercent.ToString("0.##", CultureInfo.InvariantCulture)} % off the stores' for {report.Day:yyyy-MM-dd} (bar: 0.5 %).");
        }

        foreach (var portal in portals.Where(p => p.Error is null))
        {
            if (portal.LastError is not null)
            {
                amber.Add($"HubSpot calls of portal {portal.PortalId} are failing and being retried.");
            }

            if (portal.UsagePercent >= 90)
            {
                amber.Add($"Portal {portal.PortalId} uses {portal.UsagePercent:0} % of its HubSpot request budget.");
            }
        }

        return red.Count > 0 ? new SyncHealth("red", "Data is not reaching HubSpot.", [.. red, .. amber])
            : amber.Count > 0 ? new SyncHealth("amber", "Syncing, but something needs a look.", amber)
            : new SyncHealth("green", "All stores are in sync with HubSpot.", []);
    }

    private static string Minutes(double seconds) =>
        seconds < 120 ? $"{seconds:0} seconds" : $"{seconds / 60:0} minutes";
}
