using OrleansSync.Cluster.Tests.Processes;

namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>
/// The silo and gateway configurations of the repository's <c>docker-compose.yml</c>, made runnable on this machine:
/// every variable the compose file sets is kept as written (defaults of <c>${VAR:-default}</c> taken), except what
/// points at the compose network — the database, the HubSpot sandbox's host, the listening ports and the advertised
/// address — which point at this test's database, sandbox and free loopback ports instead.
/// </summary>
public sealed class ComposeServices(ComposeFile compose)
{
    public static ComposeServices Load() => new(ComposeFile.Load(Path.Combine(BuildOutputs.RepositoryRoot, "docker-compose.yml")));

    /// <summary>The service that runs silos: "silo", else the first "silo-…" (the compose file scales it).</summary>
    public string SiloService =>
        compose.Services.FirstOrDefault(s => s == "silo")
        ?? compose.Services.FirstOrDefault(s => s.StartsWith("silo", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"docker-compose.yml has no silo service (services: {string.Join(", ", compose.Services)}).");

    public string GatewayService => compose.Services.Contains("gateway")
        ? "gateway"
        : throw new InvalidOperationException($"docker-compose.yml has no gateway service (services: {string.Join(", ", compose.Services)}).");

    public IReadOnlyDictionary<string, string> Silo => compose.Environment(SiloService);

    public IReadOnlyDictionary<string, string> Gateway => compose.Environment(GatewayService);

    /// <summary>The compose silo's environment on this grid (the HTTP port is set when the process starts).</summary>
    public Dictionary<string, string> SiloOn(ProcessGrid grid)
    {
        var environment = new Dictionary<string, string>(Silo, StringComparer.Ordinal)
        {
            ["Grid__PostgresConnectionString"] = grid.ProcessConnectionString,
            ["Silo__SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo__GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo__AdvertisedAddress"] = "127.0.0.1",
        };
        if (environment.TryGetValue("HubSpot__BaseUrl", out var hubSpot) && Uri.TryCreate(hubSpot, UriKind.Absolute, out var url) && compose.Services.Contains(url.Host))
        {
            environment["HubSpot__BaseUrl"] = grid.Sandbox.BaseUrl.ToString();
            environment["HubSpot__AccessToken"] = grid.Sandbox.AccessToken;
        }

        return environment;
    }

    /// <summary>The compose gateway's environment on this grid.</summary>
    public Dictionary<string, string> GatewayOn(ProcessGrid grid) =>
        new(Gateway, StringComparer.Ordinal) { ["Grid__PostgresConnectionString"] = grid.ProcessConnectionString };
}
