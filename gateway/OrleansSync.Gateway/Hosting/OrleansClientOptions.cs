using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Gateway.Hosting;

/// <summary>How the standalone gateway joins the Orleans cluster as a client (section "Orleans", shared with the silos).</summary>
public sealed class OrleansClientOptions
{
    public const string SectionName = "Orleans";

    /// <summary>The cluster to join; must equal the silos' <c>ClusterId</c>. Default "orleanssync".</summary>
    [Required]
    public string ClusterId { get; set; } = "orleanssync";

    /// <summary>The service; must equal the silos' <c>ServiceId</c> (changing it orphans stored grain state). Default "orleanssync".</summary>
    [Required]
    public string ServiceId { get; set; } = "orleanssync";

    /// <summary>
    /// How long a grain call waits for its answer. Default 5 s (Orleans' own default, 30 s, holds deliveries that long
    /// when a silo dies); an unanswered delivery is handed over again, so a short timeout costs nothing.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:05:00")]
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gateway port of the local silo in demo mode (localhost clustering, no database). Default 30000.</summary>
    [Range(1, 65535)]
    public int LocalhostGatewayPort { get; set; } = 30000;

    /// <summary>Pause between attempts to reach the cluster while no silo is up at start. Default 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ConnectRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
