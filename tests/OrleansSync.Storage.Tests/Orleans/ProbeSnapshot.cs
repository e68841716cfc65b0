namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>What a probe grain holds, and which activation answered.</summary>
[GenerateSerializer]
[Alias("OrleansSync.Storage.Tests.ProbeSnapshot")]
public sealed record ProbeSnapshot(
    [property: Id(0)] string? Value,
    [property: Id(1)] int Ticks,
    [property: Id(2)] string? ETag,
    [property: Id(3)] Guid Activation);
