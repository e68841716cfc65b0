namespace OrleansSync.Runtime.Testing;

/// <summary>The PostgreSQL that tests run against, and a fresh schema per test so tests never see each other's rows.</summary>
public static class TestPostgres
{
    public const string Variable = "ORLEANSSYNC_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs ? cs : null;

    public static string RequiredConnectionString =>
        ConnectionString ?? throw new InvalidOperationException($"{Variable} is not set; run the tests with scripts/test.sh.");

    /// <summary>A schema name no other test uses.</summary>
    public static string NewSchema(string prefix = "t") => $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)];
}
