using Microsoft.Extensions.Logging;

namespace OrleansSync.Grains.Diagnostics;

/// <summary>Log events of the reconciliation and the data-quality checks (event ids 5200–5299). Never emails or payloads.</summary>
internal static partial class OperationsLog
{
    [LoggerMessage(5200, LogLevel.Information, "Reconciled portal {PortalId} for {Day} ({Trigger}): {Differences} differing order(s), largest variance {Variance} %")]
    public static partial void Reconciled(ILogger logger, string portalId, DateOnly day, string trigger, int differences, decimal variance);

    [LoggerMessage(5201, LogLevel.Warning, "Reconciliation of portal {PortalId} for {Day}: store {StoreId} {Currency} is {Variance} % off HubSpot, over the {Bar} % bar")]
    public static partial void VarianceOverBar(ILogger logger, string portalId, DateOnly day, string storeId, string currency, decimal variance, decimal bar);

    [LoggerMessage(5202, LogLevel.Error, "Reconciliation of portal {PortalId} for {Day} could not finish")]
    public static partial void ReconciliationFailed(ILogger logger, Exception error, string portalId, DateOnly day);

    [LoggerMessage(5210, LogLevel.Warning, "Data-quality alert for portal {PortalId}: {Kpi} is {Value} %, the bar is {Comparison} {Bar} %")]
    public static partial void KpiBroken(ILogger logger, string portalId, string kpi, decimal value, string comparison, decimal bar);

    [LoggerMessage(5211, LogLevel.Warning, "Data-quality check of portal {PortalId} could not read HubSpot")]
    public static partial void KpiReadFailed(ILogger logger, Exception error, string portalId);
}
