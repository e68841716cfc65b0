using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Silo.Startup;

/// <summary>This silo process. Section <c>Silo</c>.</summary>
public sealed class SiloOptions
{
    public const string SectionName = "Silo";

    /// <summary>Also serve the gateway (webhooks, cart events API, admin API) in this process. Default true.</summary>
    public bool HostGateway { get; set; } = true;

    /// <summary>Port silos talk to each other on. Default 11111.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port Orleans clients (standalone gateways) connect to. Default 30000.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Address other silos and clients reach this one at (with PostgreSQL clustering). Default: the first address of
    /// the host name (in a container, the container's own address, so scaled silos each advertise their own).
    /// </summary>
    public string? AdvertisedAddress { get; set; }
}
