namespace OrleansSync.Stores.Tests.Infrastructure;

/// <summary>
/// The real platform payloads in ../shared/fixtures/platforms, read in place (they belong to their authors
/// and are never copied into the repository).
/// </summary>
public static class Fixtures
{
    public static string? Directory { get; } = Locate();

    public static string Read(string relative) =>
        File.ReadAllText(Path.Combine(Directory ?? throw new InvalidOperationException("The shared fixtures (../shared/fixtures/platforms) are not present."), relative));

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrleansSync.sln")))
            {
                var fixtures = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "platforms"));
                return System.IO.Directory.Exists(fixtures) ? fixtures : null;
            }
        }

        return null;
    }
}
