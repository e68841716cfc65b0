using OrleansSync.Workload.Sending;
using OrleansSync.Workload.Verification;

namespace OrleansSync.Bench.Workload;

/// <summary>What the grid did with the workload: the send, what HubSpot holds, the backlogged rate and the silo's CPU.</summary>
internal sealed record GridRunResult(SendReport Send, VerificationReport Report, BacklogEfficiency Backlog, TimeSpan SendToQuiescent, TimeSpan SiloCpu, int PeakQueued);
