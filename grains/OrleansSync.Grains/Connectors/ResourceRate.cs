namespace OrleansSync.Grains.Connectors;

/// <summary>Records read of one resource since this activation first read it, for a records-per-second figure.</summary>
internal sealed class ResourceRate(long startedAt)
{
    public long Records { get; set; }

    public double PerSecond(TimeProvider time)
    {
        var seconds = time.GetElapsedTime(startedAt).TotalSeconds;
        return seconds <= 0 ? 0 : Records / seconds;
    }
}
