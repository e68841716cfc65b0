namespace OrleansSync.Testing;

/// <summary>
/// A theory that needs a real PostgreSQL (<c>scripts/test.sh</c> starts one). Like
/// <see cref="PostgresFactAttribute"/>, it fails rather than skips when none is configured.
/// </summary>
public sealed class PostgresTheoryAttribute : Xunit.TheoryAttribute;
