namespace OrleansSync.Dashboard.Tests.Infrastructure;

/// <summary>
/// Where the browser tests save their screenshots: <c>ORLEANSSYNC_TEST_ARTIFACTS</c> when set, else <c>artifacts/</c>
/// beside the test assembly (e.g. <c>tests/OrleansSync.Dashboard.Tests/bin/Release/net10.0/artifacts/</c>).
/// </summary>
internal static class Artifacts
{
    public static string Directory { get; } = Create();

    public static string PathOf(string name) => System.IO.Path.Combine(Directory, name);

    private static string Create()
    {
        var directory = Environment.GetEnvironmentVariable("ORLEANSSYNC_TEST_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : System.IO.Path.Combine(AppContext.BaseDirectory, "artifacts");
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
