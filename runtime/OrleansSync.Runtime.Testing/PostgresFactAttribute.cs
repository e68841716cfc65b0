namespace OrleansSync.Runtime.Testing;

/// <summary>A test that needs a real PostgreSQL (scripts/test.sh starts one); skipped with the reason when none is configured.</summary>
public sealed class PostgresFactAttribute : Xunit.FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.ConnectionString is null)
        {
            Skip = $"needs PostgreSQL: run scripts/test.sh, or set {TestPostgres.Variable} to an Npgsql connection string";
        }
    }
}
