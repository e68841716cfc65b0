namespace OrleansSync.Silo.Startup;

public static class GatewayHosting
{
    /// <summary>Whether this silo also serves the gateway (<c>Silo:HostGateway</c>, default true).</summary>
    public static bool HostsGateway(this WebApplicationBuilder builder) => builder.Configuration.GetValue("Silo:HostGateway", true);
}
