using System.Text.Json.Serialization;

namespace OrleansSync.Contracts.Operations;

/// <summary>The data-quality KPIs of one HubSpot portal at one moment.</summary>
/// <param name="Error">Why HubSpot could not be read; the KPIs read from HubSpot are then missing.</param>
[GenerateSerializer]
[Alias("data-quality-report.v1")]
public sealed record DataQualityReport(string PortalId, DateTimeOffset MeasuredAt, IReadOnlyList<KpiReading> Kpis, string? Error)
{
    [JsonIgnore]
    public IEnumerable<KpiReading> Broken => Kpis.Where(k => k.Broken);
}
