using System.Globalization;
using System.Text;
using OrleansSync.Workload;
using OrleansSync.Workload.Sending;
using OrleansSync.Workload.Verification;

namespace OrleansSync.Silo.Demo;

/// <summary>The demo's closing table: what was sent, what HubSpot (the sandbox, read back) holds and what it took.</summary>
internal sealed record DemoSummary(
    int Orders,
    int Events,
    int Accepted,
    int NotAccepted,
    int HubSpotCalls,
    int SchemaCalls,
    double RecordsPerCall,
    int Http429,
    int Duplicates,
    int Lost,
    bool RevenueMatches,
    double LatencyP50Ms,
    double LatencyP99Ms,
    TimeSpan Elapsed)
{
    public static DemoSummary Of(StoreWorkload workload, SendReport sent, VerificationReport report, TimeSpan elapsed)
    {
        var latencies = report.OrderLatencyMs.Values.Order().ToArray();
        return new DemoSummary(workload.Orders.Count, workload.Events.Count, sent.Accepted, sent.Refused + sent.Undelivered,
            report.Calls.Calls, report.Calls.SchemaCalls, report.Calls.RecordsPerCall, report.Calls.Http429,
            report.Duplicates, report.Lost + sent.Undelivered, report.RevenueMatches,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), elapsed);
    }

    /// <summary>The table, then where to look next: the dashboard and the token to log in with.</summary>
    public string Render(Uri dashboard, string adminToken)
    {
        var rows = new (string Figure, string Value)[]
        {
            ("events (webhook deliveries)", $"{Events:N0} for {Orders:N0} orders ({Accepted:N0} accepted, {NotAccepted:N0} not)"),
            ("HubSpot calls", $"{HubSpotCalls:N0} (+{SchemaCalls:N0} schema set-up)"),
            ("records per call", RecordsPerCall.ToString("N1", CultureInfo.InvariantCulture)),
            ("HTTP 429s", $"{Http429:N0}"),
            ("duplicates in HubSpot", $"{Duplicates:N0}"),
            ("lost", $"{Lost:N0}"),
            ("revenue per day and currency", RevenueMatches ? "matches the store" : "DIFFERS from the store"),
            ("latency p50 / p99", $"{Seconds(LatencyP50Ms)} / {Seconds(LatencyP99Ms)} (last delivery sent -> deal's last write)"),
            ("first send -> quiescent", $"{Elapsed.TotalSeconds:N1} s"),
        };
        var width = rows.Max(r => r.Figure.Length);
        var text = new StringBuilder().AppendLine().AppendLine("Demo workload summary (read back from the HubSpot sandbox):");
        foreach (var (figure, value) in rows)
        {
            text.Append("  ").Append(figure.PadRight(width)).Append("  ").AppendLine(value);
        }

        return text.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Dashboard: {dashboard} (admin token {adminToken}). Ctrl+C to stop.")
            .ToString();
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Seconds(double milliseconds) =>
        double.IsNaN(milliseconds) ? "n/a" : (milliseconds / 1000).ToString("N2", CultureInfo.InvariantCulture) + " s";
}
