using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Operations;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Diagnostics;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Mapping;
using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Operations;

/// <summary>
/// Reconciles one HubSpot portal's stores per day: the stores' ledgers (what the grid received) against the closed-won deals
/// read back from HubSpot. On demand, and every day at 00:30 UTC for the day before (an Orleans reminder). Reports are kept
/// in the <see cref="IReconciliationStore"/>.
/// </summary>
[GrainType("reconciliation")]
public sealed class ReconciliationGrain(
    [PersistentState("reconciliation")] IPersistentState<ScheduledChecksState> storage,
    IOptions<SyncMappingOptions> mapping,
    OperationsMetrics metrics,
    ILogger<ReconciliationGrain> logger) : Grain, IReconciliationGrain, IRemindable
{
    public const string DailyReminder = "reconciliation.daily";

    private static readonly TimeSpan RunAt = TimeSpan.FromMinutes(30);

    private string PortalId => this.GetPrimaryKeyString();

    private TimeProvider Time => ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;

    public async Task<ReconciliationReport> RunAsync(DateOnly day, IReadOnlyList<StoreOfPortal> stores, string trigger)
    {
        var started = Time.GetUtcNow();
        var runId = $"{PortalId}-{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{Guid.CreateVersion7(started):N}";
        var ours = stores.Where(s => s.PortalId == PortalId).Select(s => s.StoreId).ToHashSet(StringComparer.Ordinal);
        ReconciliationReport report;
        try
        {
            var ledger = ServiceProvider.GetRequiredService<IStoreLedgerStore>();
            var ledgers = await Task.WhenAll(ours.Select(store => ledger.ReadAsync(store, day, CancellationToken.None)));
            var reader = new CrmReader(ServiceProvider.GetRequiredService<HubSpotClients>().For(PortalId), DomainSchema.Create(mapping.Value).Pipeline.Label);
            var deals = (await reader.ClosedWonDealsAsync(day, CancellationToken.None)).Where(d => ours.Contains(d.StoreId)).ToList();
            var (totals, differences) = Reconciler.Compare([.. ledgers.SelectMany(l => l)], deals);
            report = new ReconciliationReport(runId, PortalId, day, trigger, started, Time.GetUtcNow(), totals, differences, null);
            Report(report);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            OperationsLog.ReconciliationFailed(logger, error, PortalId, day);
            metrics.OnReconciliationRun("failed");
            report = new ReconciliationReport(runId, PortalId, day, trigger, started, Time.GetUtcNow(), [], [], $"{error.GetType().Name}: {error.Message}");
        }

        await ServiceProvider.GetRequiredService<IReconciliationStore>().SaveAsync(report, CancellationToken.None);
        return report;
    }

    public async Task ScheduleDailyAsync(IReadOnlyList<StoreOfPortal> stores)
    {
        storage.State.Stores = [.. stores.Where(s => s.PortalId == PortalId)];
        await storage.WriteStateAsync();
        var now = Time.GetUtcNow();
        var next = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) + RunAt;
        await this.RegisterOrUpdateReminder(DailyReminder, (next > now ? next : next.AddDays(1)) - now, TimeSpan.FromDays(1));
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == DailyReminder && storage.State.Stores.Count > 0)
        {
            var yesterday = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime).AddDays(-1);
            await RunAsync(yesterday, storage.State.Stores, "daily");
        }
    }

    private void Report(ReconciliationReport report)
    {
        foreach (var total in report.Totals)
        {
            metrics.OnReconciled(total.StoreId, total.Currency, total.VariancePercent);
            if (!total.WithinBar)
            {
                OperationsLog.VarianceOverBar(logger, PortalId, report.Day, total.StoreId, total.Currency, total.VariancePercent, ReconciliationBars.MaxVariancePercent);
            }
        }

        metrics.OnReconciliationRun(report.WithinBar ? "within_bar" : "over_bar");
        OperationsLog.Reconciled(logger, PortalId, report.Day, report.Trigger, report.Differences.Count, report.MaxVariancePercent);
    }
}
