namespace OrleansSync.Runtime.Testing;

/// <summary>A theory whose cases need a real PostgreSQL; skipped with the reason when none is configured.</summary>
public sealed class PostgresTheoryAttribute : Xunit.TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (TestPostgres.ConnectionString is null)
        {
            Skip = $"needs PostgreSQL: run scripts/test.sh, or set {TestPostgres.Variable} to an Npgsql connection string";
        }
    }
}
