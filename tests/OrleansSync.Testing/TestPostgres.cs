using Npgsql;

namespace OrleansSync.Testing;

/// <summary>
/// The PostgreSQL server the tests run against: <c>ORLEANSSYNC_TEST_POSTGRES</c>, an Npgsql
/// connection string that <c>scripts/test.sh</c> sets. Tests never use it directly; each one
/// gets its own database from <see cref="TestDatabase.CreateAsync"/>.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "ORLEANSSYNC_TEST_POSTGRES";

    private static readonly Lazy<NpgsqlDataSource> ServerDataSource = new(() => NpgsqlDataSource.Create(RequiredConnectionString));

    /// <summary>The server's connection string, or null when the variable is not set.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// The server's connection string. Throws when it is not set, so that a test needing
    /// PostgreSQL fails (and says how to run it) instead of passing without having run.
    /// </summary>
    public static string RequiredConnectionString =>
        ConnectionString ?? throw new InvalidOperationException(
            $"This test needs PostgreSQL and {Variable} is not set. Run the tests with scripts/test.sh " +
            $"(it starts a throwaway server), or set {Variable} to an Npgsql connection string of a server " +
            "where this user may create databases, e.g. \"Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres\".");

    /// <summary>Connections to the server's maintenance database, for creating and dropping test databases.</summary>
    internal static NpgsqlDataSource Server => ServerDataSource.Value;
}
