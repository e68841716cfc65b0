namespace OrleansSync.Bench.EndToEnd;

/// <summary>Figures of one run of <see cref="E2eThroughputBenchmark"/> with a given number of silos.</summary>
internal sealed record E2eResult(
    int Silos,
    int Deliveries,
    int Refused,
    double IngestPerSecond,
    double AcceptP50Ms,
    double AcceptP99Ms,
    bool Complete,
    SandboxProgress Reached,
    SandboxProgress Expected,
    TimeSpan EndToEnd,
    double DealP50Ms,
    double DealP99Ms,
    int HubSpotCalls,
    long HubSpotInputs,
    int HubSpot429s,
    TimeSpan SiloCpu,
    TimeSpan BenchCpu)
{
    /// <summary>New HubSpot records (contacts, deals, line items) per second, from the first send to the last record.</summary>
    public double RecordsPerSecond => Reached.Records / EndToEnd.TotalSeconds;

    public double OrdersPerSecond => Reached.Deals / EndToEnd.TotalSeconds;

    /// <summary>Cores kept busy by the silo processes during the measured phase (this machine has <see cref="Environment.ProcessorCount"/>).</summary>
    public double SiloCores => SiloCpu / EndToEnd;

    /// <summary>Silo CPU time per measured order: a cost that other load on the machine does not inflate as much as rates.</summary>
    public double SiloCpuMsPerOrder => SiloCpu.TotalMilliseconds / Math.Max(1, Reached.Deals);

    /// <summary>Cores kept busy by this process (HTTP sender and the HubSpot sandbox) during the measured phase.</summary>
    public double BenchCores => BenchCpu / EndToEnd;
}
