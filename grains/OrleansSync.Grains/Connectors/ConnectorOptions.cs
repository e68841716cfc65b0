using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Grains.Connectors;

/// <summary>How store connectors retry a failing store API. Section <c>Connectors</c>.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connectors";

    /// <summary>First retry after a failed read, doubling per failure (with jitter) up to <see cref="RetryMaxDelay"/>. Default 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between retries of a failing store API. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Grains handed a page's events at once. Default 32.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentGrains { get; set; } = 32;
}
