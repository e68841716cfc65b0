namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>The probe grain's persistent state.</summary>
[GenerateSerializer]
[Alias("OrleansSync.Storage.Tests.ProbeState")]
public sealed class ProbeState
{
    [Id(0)]
    public string? Value { get; set; }

    [Id(1)]
    public int Ticks { get; set; }
}
