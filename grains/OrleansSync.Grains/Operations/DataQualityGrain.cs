using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Operations;
using OrleansSync.Contracts.Portals;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Diagnostics;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Mapping;
using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Operations;

/// <summary>
/// Measures one portal's data-quality KPIs: from HubSpot itself (contacts, ecommerce deals and their associations), the
/// stores' ledgers of the last 7 days and the portal grain's latency and failure counts. On demand, and every
/// <see cref="Period"/> on a reminder; each broken bar is a warning log line and a metric, and the dashboard shows a banner.
/// </summary>
[GrainType("data-quality")]
public sealed class DataQualityGrain(
    [PersistentState("data-quality")] IPersistentState<ScheduledChecksState> storage,
    IOptions<SyncMappingOptions> mapping,
    OperationsMetrics metrics,
    ILogger<DataQualityGrain> logger) : Grain, IDataQualityGrain, IRemindable
{
    public const string PeriodicReminder = "data-quality.periodic";

    public static readonly TimeSpan Period = TimeSpan.FromMinutes(15);

    private const int LedgerDays = 7;

    private string PortalId => this.GetPrimaryKeyString();

    private TimeProvider Time => ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;

    public async Task<DataQualityReport> MeasureAsync(IReadOnlyList<StoreOfPortal> stores)
    {
        var now = Time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var kpis = new List<KpiReading>();
        string? error = null;
        var operations = await GrainFactory.GetGrain<IHubSpotPortalGrain>(PortalId).GetOperationsAsync();
        try
        {
            var ours = stores.Where(s => s.PortalId == PortalId).Select(s => s.StoreId).Distinct().ToList();
            var ledger = ServiceProvider.GetRequiredService<IStoreLedgerStore>();
            var ledgers = await Task.WhenAll(ours.SelectMany(store => Enumerable.Range(0, LedgerDays).Select(back =>
                ledger.ReadAsync(store, today.AddDays(-back), CancellationToken.None))));
            var reader = new CrmReader(ServiceProvider.GetRequiredService<HubSpotClients>().For(PortalId), DomainSchema.Create(mapping.Value).Pipeline.Label);
            var contacts = await reader.ContactsAsync(CancellationToken.None);
            var deals = await reader.EcommerceDealsAsync(CancellationToken.None);
            var ids = deals.Select(d => d.Id).ToList();
            var withContact = await reader.AssociatedAsync(HubSpot.HubSpotObjectTypes.Contacts, ids, CancellationToken.None);
            var withLines = await reader.AssociatedAsync(HubSpot.HubSpotObjectTypes.LineItems, ids, CancellationToken.None);
            kpis.Add(KpiCalculator.MatchRate([.. ledgers.SelectMany(l => l)], contacts));
            kpis.Add(KpiCalculator.DuplicateRate(contacts));
            kpis.Add(KpiCalculator.DealsWith(KpiNames.DealsWithContact, "Ecommerce deals with a contact", ids.Count(id => withContact.GetValueOrDefault(id) is { Count: > 0 }), ids.Count));
            kpis.Add(KpiCalculator.DealsWith(KpiNames.DealsWithLineItems, "Ecommerce deals with line items", ids.Count(id => withLines.GetValueOrDefault(id) is { Count: > 0 }), ids.Count));
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            OperationsLog.KpiReadFailed(logger, failure, PortalId);
            error = $"{failure.GetType().Name}: {failure.Message}";
        }

        kpis.Add(KpiCalculator.WithinLatency(operations.Latency));
        kpis.Add(KpiCalculator.FailedOperations(operations.SentToday, operations.DeadLetteredToday));
        var report = new DataQualityReport(PortalId, now, kpis, error);
        foreach (var broken in report.Broken)
        {
            OperationsLog.KpiBroken(logger, PortalId, broken.Name, broken.Percent ?? 0, broken.HigherIsBetter ? "at least" : "below", broken.BarPercent);
            metrics.OnKpiBroken(PortalId, broken.Name);
        }

        storage.State.LatestQuality = report;
        await storage.WriteStateAsync();
        return report;
    }

    public Task<DataQualityReport?> GetLatestAsync() => Task.FromResult(storage.State.LatestQuality);

    public async Task ScheduleAsync(IReadOnlyList<StoreOfPortal> stores)
    {
        storage.State.Stores = [.. stores.Where(s => s.PortalId == PortalId)];
        await storage.WriteStateAsync();
        await this.RegisterOrUpdateReminder(PeriodicReminder, Period, Period);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == PeriodicReminder && storage.State.Stores.Count > 0)
        {
            await MeasureAsync(storage.State.Stores);
        }
    }
}
