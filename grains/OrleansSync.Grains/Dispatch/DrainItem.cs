namespace OrleansSync.Grains.Dispatch;

/// <summary>One record of a drain, with the outcome the drain decided for it.</summary>
[GenerateSerializer]
public sealed record DrainItem(QueuedWrite Queued)
{
    public string ObjectKey => Queued.ObjectKey;

    public HubSpotWrite Write => Queued.Write;
}
