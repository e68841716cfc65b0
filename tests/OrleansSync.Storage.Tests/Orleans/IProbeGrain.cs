namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>A grain that exercises the three ADO.NET providers: persistent state and a reminder.</summary>
[Alias("OrleansSync.Storage.Tests.IProbeGrain")]
public interface IProbeGrain : IGrainWithStringKey
{
    [Alias("Write")]
    Task Write(string value);

    [Alias("Read")]
    Task<ProbeSnapshot> Read();

    [Alias("Deactivate")]
    Task Deactivate();

    [Alias("StartTicking")]
    Task StartTicking(TimeSpan period);

    [Alias("StopTicking")]
    Task StopTicking();
}
