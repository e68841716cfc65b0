using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Grains.Messaging;

/// <summary>How domain grains carry out the effects of their turns. Section <c>Grains</c>.</summary>
public sealed class SyncGrainOptions
{
    public const string SectionName = "Grains";

    /// <summary>
    /// Period of the Orleans reminder that re-sends unacknowledged messages and HubSpot records (after a crash, or when
    /// the portal's grain moved to another silo and lost its queue). Default 15 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan EffectRetryPeriod { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>First retry after a failed hand-over, doubling up to <see cref="EffectRetryPeriod"/>. Default 500 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan EffectRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Deliveries from outside the grid remembered per grain to drop one handed over twice. Default 64.</summary>
    [Range(8, 4096)]
    public int RecentDeliveriesKept { get; set; } = 64;
}
