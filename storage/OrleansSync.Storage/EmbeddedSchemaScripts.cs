using System.Reflection;
using System.Text.RegularExpressions;

namespace OrleansSync.Storage;

/// <summary>Reads the <c>Migrations/*.sql</c> files embedded in this assembly, in version order.</summary>
internal static partial class EmbeddedSchemaScripts
{
    private const string Prefix = "OrleansSync.Storage.Migrations.";

    private static readonly Lazy<IReadOnlyList<SchemaScript>> Scripts = new(Load);

    public static IReadOnlyList<SchemaScript> All => Scripts.Value;

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileName();

    private static IReadOnlyList<SchemaScript> Load()
    {
        var assembly = typeof(EmbeddedSchemaScripts).Assembly;
        var scripts = new List<SchemaScript>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            // A file that does not follow NNNN_name.sql would silently never run: refuse it instead.
            var match = FileName().Match(resource[Prefix.Length..]);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration '{resource[Prefix.Length..]}' is not named NNNN_lower_case_name.sql.");
            }

            scripts.Add(new SchemaScript(int.Parse(match.Groups["version"].Value), match.Groups["name"].Value, Read(assembly, resource)));
        }

        var duplicate = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(s => s.Name))}.");
        }

        return scripts.OrderBy(s => s.Version).ToArray();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
