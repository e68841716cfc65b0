namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>The compose reader the configuration tests rely on, on both shapes of the repository's compose file.</summary>
public sealed class ComposeFileTests
{
    [Fact]
    public void Environment_AnchorsMergesAliasesAndDefaults_Resolved()
    {
        var compose = ComposeFile.Parse(
        [
            "# comment",
            "x-grid: &grid",
            "  Grid__PostgresConnectionString: Host=postgres;Password=${POSTGRES_PASSWORD:-secret} # trailing comment",
            "  Grid__Schema: orleanssync",
            "services:",
            "  gateway:",
            "    environment:",
            "      <<: *grid",
            "      Gateway__Admin__Token: ${ADMIN_TOKEN:-change-me}",
            "      Grid__Schema: other",
            "  silo-1:",
            "    environment: &silo-env",
            "      <<: *grid",
            "      Silo__HostGateway: \"false\"",
            "  silo-2:",
            "    environment: *silo-env",
        ]);

        Assert.Equal(["gateway", "silo-1", "silo-2"], compose.Services);
        Assert.Equal("Host=postgres;Password=secret", compose.Environment("gateway")["Grid__PostgresConnectionString"]);
        Assert.Equal("change-me", compose.Environment("gateway")["Gateway__Admin__Token"]);
        Assert.Equal("other", compose.Environment("gateway")["Grid__Schema"]);
        Assert.Equal("false", compose.Environment("silo-2")["Silo__HostGateway"]);
        Assert.Equal("orleanssync", compose.Environment("silo-2")["Grid__Schema"]);
    }

    [Fact]
    public void Environment_OneSiloAndOneGatewayWithPlainMapsAndLists_Read()
    {
        var compose = ComposeFile.Parse(
        [
            "services:",
            "  silo:",
            "    build: .",
            "    deploy:",
            "      replicas: 2",
            "    environment:",
            "      Silo__HostGateway: 'false'",
            "      HubSpot__BaseUrl: http://hubspot-sandbox:8080/",
            "    ports:",
            "    - \"11111\"",
            "  gateway:",
            "    environment:",
            "      - Urls=http://+:8080",
            "      - Gateway__Stores__0__Secret=${STORE_SECRET:-s3cr3t-value}",
            "    healthcheck:",
            "      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8080/health/ready\"]",
        ]);

        Assert.Equal("false", compose.Environment("silo")["Silo__HostGateway"]);
        Assert.Equal("http://hubspot-sandbox:8080/", compose.Environment("silo")["HubSpot__BaseUrl"]);
        Assert.Equal("http://+:8080", compose.Environment("gateway")["Urls"]);
        Assert.Equal("s3cr3t-value", compose.Environment("gateway")["Gateway__Stores__0__Secret"]);
    }
}
