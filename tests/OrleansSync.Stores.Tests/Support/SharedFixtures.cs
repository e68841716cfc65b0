using System.Text.Json.Nodes;

namespace OrleansSync.Stores.Tests.Support;

/// <summary>The real platform payloads in ../shared/fixtures/platforms, read in place (never copied into the repository).</summary>
public static class SharedFixtures
{
    private static readonly string? Root = Locate();

    /// <summary>The object inside a fixture's envelope (<c>{"order": {...}}</c>, <c>{"data": {...}}</c>).</summary>
    public static JsonObject Unwrap(string relativePath, string envelope)
    {
        var path = Path.Combine(Root ?? throw new InvalidOperationException("The shared fixtures (../shared/fixtures/platforms) are not present."), relativePath);
        return JsonNode.Parse(File.ReadAllText(path))![envelope]!.AsObject().DeepClone().AsObject();
    }

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrleansSync.sln")))
            {
                var fixtures = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "platforms"));
                return Directory.Exists(fixtures) ? fixtures : null;
            }
        }

        return null;
    }
}
