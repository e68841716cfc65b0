using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Silo.Demo;

/// <summary>
/// The demo workload: a seeded simulated store sent to this process's own gateway in demo mode. Section <c>Demo</c>;
/// <c>--demo-workload N</c> on the command line sets <see cref="WorkloadOrders"/>.
/// </summary>
public sealed class DemoWorkloadOptions
{
    public const string SectionName = "Demo";

    /// <summary>Orders of the simulated store history to send once the process is ready; 0 (default) sends none.</summary>
    [Range(0, 100_000)]
    public int WorkloadOrders { get; set; }

    /// <summary>Seed of the store history: the same seed and size send the same bytes. Default 1.</summary>
    public int WorkloadSeed { get; set; } = 1;

    /// <summary>Deliveries in flight at once. Default 16.</summary>
    [Range(1, 1_000)]
    public int Concurrency { get; set; } = 16;

    /// <summary>Time between progress lines. Default 3 s.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Longest wait for HubSpot to settle before the summary is printed anyway. Default 10 min.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);
}
