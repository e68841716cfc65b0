namespace OrleansSync.HubSpot.Bootstrap;

/// <summary>
/// What a bootstrap run did: how many writes it made (0 when the portal was already set up), the pipeline id and the
/// stage ids by label (the deal <c>dealstage</c> values), and definitions that exist but differ from ours.
/// </summary>
public sealed record BootstrapReport(int Writes, string PipelineId, IReadOnlyDictionary<string, string> StageIds, IReadOnlyList<string> Mismatches);
