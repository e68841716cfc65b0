namespace OrleansSync.Storage;

/// <summary>
/// One migration: an embedded <c>Migrations/NNNN_name.sql</c> file. Scripts run in
/// <see cref="Version"/> order, each once per database, inside a transaction the migrator owns
/// (so a script has no BEGIN/COMMIT of its own).
/// </summary>
/// <param name="Version">The number the file name starts with (<c>0003</c> is 3).</param>
/// <param name="Name">The rest of the file name (<c>orleans_persistence</c>).</param>
/// <param name="Sql">The script's text.</param>
public sealed record SchemaScript(int Version, string Name, string Sql);
