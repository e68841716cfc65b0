namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>One sample of a portal's HubSpot traffic.</summary>
/// <param name="RequestsPer10Seconds">HubSpot calls in the sample interval, scaled to HubSpot's 10-second window.</param>
/// <param name="Budget">The portal's configured requests per 10 seconds.</param>
/// <param name="UsagePercent">Requests against the budget, in percent.</param>
/// <param name="RecordsPerSecond">Records HubSpot accepted per second in the interval.</param>
public sealed record RateSample(DateTimeOffset At, double RequestsPer10Seconds, int Budget, double UsagePercent, double RecordsPerSecond);
