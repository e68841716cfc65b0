using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Gateway.Configuration;

/// <summary>The operations dashboard's sampling (section "Gateway:Dashboard").</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Gateway:Dashboard";

    /// <summary>How often the gateway samples each portal's HubSpot calls and records and each store's intake. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How much history the rate-limit chart keeps (in memory, per gateway). Default 30 minutes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(30);
}
