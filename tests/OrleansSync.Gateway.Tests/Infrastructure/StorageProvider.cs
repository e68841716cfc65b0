namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>Which storage a test gateway runs on.</summary>
public enum StorageProvider
{
    InMemory,
    Postgres,
}
