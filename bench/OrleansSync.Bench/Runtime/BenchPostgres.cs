namespace OrleansSync.Bench.Runtime;

/// <summary>Where the PostgreSQL benchmarks run: ORLEANSSYNC_TEST_POSTGRES (scripts/dev-postgres.sh prints one).</summary>
public static class BenchPostgres
{
    public static bool Available => Environment.GetEnvironmentVariable(OrleansSync.Runtime.Testing.TestPostgres.Variable) is { Length: > 0 };

    public static void SayMissing() =>
        Console.WriteLine($"  (PostgreSQL figures skipped: export {OrleansSync.Runtime.Testing.TestPostgres.Variable}=$(scripts/dev-postgres.sh start))");
}
