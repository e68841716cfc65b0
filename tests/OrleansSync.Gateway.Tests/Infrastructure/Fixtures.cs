namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>
/// The real platform payloads in ../shared/fixtures/platforms, read in place (they belong to their authors
/// and are never copied into the repository).
/// </summary>
public static class Fixtures
{
    public static string? Directory { get; } = Locate();

    public static string Path(string relative) =>
        System.IO.Path.Combine(Directory ?? throw new InvalidOperationException("The shared fixtures are not present."), relative);

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OrleansSync.sln")))
            {
                var fixtures = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "fixtures", "platforms"));
                return System.IO.Directory.Exists(fixtures) ? fixtures : null;
            }
        }

        return null;
    }
}
