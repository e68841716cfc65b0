namespace OrleansSync.Testing;

/// <summary>
/// A test that needs a real PostgreSQL (<c>scripts/test.sh</c> starts one). It is never skipped:
/// without <see cref="TestPostgres.Variable"/> the test fails when it asks for its
/// <see cref="TestDatabase"/>, with a message saying how to run it.
/// </summary>
public sealed class PostgresFactAttribute : Xunit.FactAttribute;
