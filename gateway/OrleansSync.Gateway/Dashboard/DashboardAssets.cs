using System.Collections.Frozen;

namespace OrleansSync.Gateway.Dashboard;

/// <summary>The dashboard's page, login form, script and styles, embedded in the assembly (no CDN: nothing is fetched at runtime).</summary>
internal static class DashboardAssets
{
    private const string Prefix = "OrleansSync.Gateway.Dashboard.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["login.html"] = "text/html; charset=utf-8",
        ["app.js"] = "text/javascript; charset=utf-8",
        ["app.css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, string>> Texts = new(() => ContentTypes.Keys.ToFrozenDictionary(name => name, Read, StringComparer.Ordinal));

    public static bool Exists(string name) => ContentTypes.ContainsKey(name);

    public static string Text(string name) => Texts.Value[name];

    public static string ContentType(string name) => ContentTypes[name];

    private static string Read(string name)
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The dashboard asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
