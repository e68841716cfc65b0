using OrleansSync.Runtime.Testing;

namespace OrleansSync.Runtime.Tests.Conformance;

public sealed class InMemoryGridRuntimeTests : GridRuntimeConformance
{
    protected override GridProvider Provider => GridProvider.InMemory;
}
