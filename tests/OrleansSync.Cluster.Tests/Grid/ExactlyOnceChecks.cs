using OrleansSync.Cluster.Tests.HubSpot;
using OrleansSync.Cluster.Tests.Workload;
using OrleansSync.Grains.Tests.Fixtures;

namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>
/// How every fault test ends, once the grid has settled: the store's every delivery was acknowledged, none of them is
/// left undelivered (0 lost), HubSpot holds exactly one record per contact, order and order line with the right values
/// (0 duplicates), and HubSpot's revenue per day and currency is the store's. Orders in <c>refused</c> are those
/// HubSpot refuses a record of; the test checks their dead letters itself.
/// </summary>
public static class ExactlyOnceChecks
{
    public static async Task AssertAsync(ProcessGrid grid, DeliverySender sender, ShopifyWorkload workload, IReadOnlySet<long>? refused = null)
    {
        var view = new HubSpotView(grid.Sandbox.DefaultPortal);
        var synced = workload.Orders.Where(o => refused?.Contains(o.Id) != true).ToList();
        grid.Log($"store revenue: {DailyRevenue.OfStore(synced)}");
        var syncedKeys = synced.Select(o => $"{ShopifyStore.Id}/{o.Id}").ToHashSet(StringComparer.Ordinal);
        var syncedDeals = view.Deals.Where(d => syncedKeys.Contains(d.Properties.GetValueOrDefault("ecom_order_key") ?? ""));
        grid.Log($"HubSpot revenue: {DailyRevenue.OfDeals(syncedDeals, _ => { })}");

        var distinct = workload.Deliveries.Select(d => d.DeliveryKey).Distinct().ToList();
        Assert.True(distinct.Count == sender.Acknowledged.Count, $"{distinct.Count} distinct deliveries sent, {sender.Acknowledged.Count} acknowledged");
        var undelivered = await grid.Deliveries.UndeliveredAsync(sender.Acknowledged.Keys);
        Assert.True(undelivered == 0, $"{undelivered} acknowledged deliveries are lost (not delivered to their grains)");
        var problems = CrmExpectations.Problems(view, workload, limit: 20, refused);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
