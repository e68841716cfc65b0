namespace OrleansSync.Runtime.PostgreSql.Schema;

/// <summary>The database was created for another shard count; changing it would move grains between shards.</summary>
public sealed class ShardCountMismatchException(string schema, int stored, int configured)
    : Exception($"Schema '{schema}' was created with {stored} shards but Grid:ShardCount is {configured}. The shard count is fixed for the life of a cluster.");
