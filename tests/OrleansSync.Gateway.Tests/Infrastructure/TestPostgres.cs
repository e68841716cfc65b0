namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>The PostgreSQL the tests run against (scripts/test.sh starts one), and a fresh schema per test.</summary>
public static class TestPostgres
{
    public const string Variable = "ORLEANSSYNC_TEST_POSTGRES";

    /// <summary>The connection string; a test that needs PostgreSQL and finds none fails with this message, it never passes silently.</summary>
    public static string RequiredConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"This test needs PostgreSQL: run scripts/test.sh (it starts one), or set {Variable} to an Npgsql connection string " +
                "(e.g. export ORLEANSSYNC_TEST_POSTGRES=$(scripts/dev-postgres.sh start)).");

    /// <summary>A schema name no other test uses.</summary>
    public static string NewSchema(string prefix = "t") => $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)];
}
