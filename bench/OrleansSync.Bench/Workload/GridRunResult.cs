using OrleansSync.Workload.Sending;
using OrleansSync.Workload.Verification;

namespace OrleansSync.Bench.Workload;

/// <summary>What the grid did with the workload: the send, what HubSpot holds, the backlogged rate, the silo's CPU and the drain of a built backlog (null: not run).</summary>
internal sealed record GridRunResult(SendReport Send, VerificationReport Report, BacklogEfficiency Backlog, TimeSpan SendToQuiescent, TimeSpan SiloCpu, int PeakQueued, BacklogDrain? Drain);
