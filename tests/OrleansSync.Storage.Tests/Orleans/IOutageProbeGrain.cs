namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>A grain on the grid's own persistence set-up, writing its state and the dead-letter store.</summary>
[Alias("OrleansSync.Storage.Tests.IOutageProbeGrain")]
public interface IOutageProbeGrain : IGrainWithStringKey
{
    [Alias("Write")]
    Task Write(string value);

    [Alias("KeepDeadLetter")]
    Task KeepDeadLetter(string reason);
}
