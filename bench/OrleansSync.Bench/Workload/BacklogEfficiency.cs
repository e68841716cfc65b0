using OrleansSync.HubSpot.Sandbox.Inspection;
using OrleansSync.Workload.Verification;

namespace OrleansSync.Bench.Workload;

/// <summary>
/// Object records written per second while the portal's grain was backlogged — at least one full batch queued — against the
/// portal's limit: requests per 10 s × 100 records per batch call. Records are the inputs of accepted calls that count
/// against the 10-second window (object creates, updates, upserts); association batches and events are exempt there.
/// </summary>
internal sealed record BacklogEfficiency(double BackloggedSeconds, long Records, double LimitRecordsPerSecond)
{
    public const int FullBatch = 100;

    public double? RecordsPerSecond => BackloggedSeconds > 0 ? Records / BackloggedSeconds : null;

    public double? OfLimit => RecordsPerSecond / LimitRecordsPerSecond;

    public static BacklogEfficiency Measure(IReadOnlyList<BacklogSample> samples, IReadOnlyList<SandboxCall> calls, int requestsPer10Seconds)
    {
        var limit = requestsPer10Seconds * FullBatch / 10.0;
        var written = calls.Where(c => c.Status is >= 200 and < 300 && HubSpotCallKinds.IsWindowed(c.Path) && !HubSpotCallKinds.IsSchema(c.Path)).ToList();
        var seconds = 0.0;
        var records = 0L;
        for (var i = 0; i + 1 < samples.Count; i++)
        {
            if (samples[i].Queued < FullBatch)
            {
                continue;
            }

            var (from, to) = (samples[i].At, samples[i + 1].At);
            seconds += (to - from).TotalSeconds;
            records += written.Where(c => c.At >= from && c.At < to).Sum(c => (long)c.Inputs);
        }

        return new BacklogEfficiency(seconds, records, limit);
    }
}
