namespace OrleansSync.Runtime.Health;

/// <summary>When the store's health check turns from healthy to degraded (section "StoreHealth").</summary>
public sealed class StoreHealthOptions
{
    public const string SectionName = "StoreHealth";

    /// <summary>An open transaction older than this holds back vacuum of the queue tables. Default 5 min.</summary>
    public TimeSpan LongTransaction { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>NOTIFY queue usage above this fraction. Default 0.5 (PostgreSQL warns at half full).</summary>
    public double NotificationQueueUsage { get; set; } = 0.5;
}
