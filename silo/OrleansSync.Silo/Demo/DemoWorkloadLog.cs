namespace OrleansSync.Silo.Demo;

internal static partial class DemoWorkloadLog
{
    [LoggerMessage(2100, LogLevel.Information, "Demo workload: sending {Orders} orders as {Deliveries} signed WooCommerce/Shopify webhooks (seed {Seed}) to {Gateway}")]
    public static partial void Starting(ILogger logger, int orders, int deliveries, int seed, Uri gateway);

    [LoggerMessage(2101, LogLevel.Information, "Demo workload: {Accepted}/{Deliveries} deliveries accepted ({Posted} posts); HubSpot holds {Records}/{Expected} records after {Calls} calls, {Http429} x 429; portal backlog {Backlog} records, {Pending} deliveries pending")]
    public static partial void Progress(ILogger logger, int accepted, int deliveries, int posted, int records, int expected, int calls, int http429, string backlog, string pending);

    [LoggerMessage(2102, LogLevel.Warning, "Demo workload: HubSpot did not settle with everything in it: {Report}")]
    public static partial void Incomplete(ILogger logger, string report);

    [LoggerMessage(2103, LogLevel.Warning, "Demo workload: progress could not be read ({Reason})")]
    public static partial void ProgressUnreadable(ILogger logger, string reason);
}
