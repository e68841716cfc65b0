namespace OrleansSync.Runtime.Testing;

/// <summary>Which store a test cluster runs on.</summary>
public enum GridProvider
{
    InMemory,
    Postgres,
}
