namespace OrleansSync.Workload.Verification;

/// <summary>
/// What the portal's call log shows. <see cref="Calls"/> leaves out the schema set-up (properties, pipelines), which is
/// paid once per portal, not per order; <see cref="Records"/> sums the inputs of those calls (a single create counts 1).
/// </summary>
public sealed record HubSpotCallStats(int Calls, int SchemaCalls, int Http429, long Records, int WindowedCalls, long WindowedRecords, DateTimeOffset? FirstCall, DateTimeOffset? LastCall)
{
    public double RecordsPerCall => Calls == 0 ? 0 : (double)Records / Calls;
}
