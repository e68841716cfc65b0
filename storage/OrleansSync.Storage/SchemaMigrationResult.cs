namespace OrleansSync.Storage;

/// <summary>What one <see cref="PostgresSchemaMigrator.MigrateAsync"/> call did.</summary>
/// <param name="AppliedVersions">The scripts this call applied, in order; empty when another process had already applied them all.</param>
/// <param name="Version">The highest version the database has recorded after the call.</param>
public sealed record SchemaMigrationResult(IReadOnlyList<int> AppliedVersions, int Version);
