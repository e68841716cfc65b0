using System.Reflection;

namespace OrleansSync.Cluster.Tests.Processes;

/// <summary>
/// Where the processes under test were built: the silo and the gateway are project references of this test project
/// (not referenced as assemblies), so building the tests builds them, in the same configuration, at these paths.
/// </summary>
public static class BuildOutputs
{
    public static string Silo => Existing("SiloAssembly");

    public static string Gateway => Existing("GatewayAssembly");

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    private static string Existing(string key)
    {
        var path = Metadata(key);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} does not exist. Build the solution first: dotnet build OrleansSync.sln -c Release (or scripts/test.sh).");
    }

    private static string Metadata(string key) =>
        typeof(BuildOutputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is empty.");
}
