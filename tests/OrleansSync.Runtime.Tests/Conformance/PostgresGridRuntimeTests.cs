using OrleansSync.Runtime.Testing;

namespace OrleansSync.Runtime.Tests.Conformance;

/// <summary>The same guarantees on a real PostgreSQL (scripts/test.sh provides one).</summary>
public sealed class PostgresGridRuntimeTests : GridRuntimeConformance
{
    protected override GridProvider Provider => GridProvider.Postgres;
}
