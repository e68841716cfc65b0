namespace OrleansSync.Grains.Dispatch;

/// <summary>What the owning silo keeps in memory while it drains one portal: the id map, the pipeline ids and attempt counts.</summary>
public sealed class PortalSession(string portalId, string pipelineId, IReadOnlyDictionary<string, string> stageIds, Dictionary<string, string> ids)
{
    public string PortalId { get; } = portalId;

    public string PipelineId { get; } = pipelineId;

    /// <summary>Stage label → stage id in the portal's ecommerce pipeline.</summary>
    public IReadOnlyDictionary<string, string> StageIds { get; } = stageIds;

    /// <summary>Outbox object key → HubSpot id.</summary>
    public Dictionary<string, string> Ids { get; } = ids;

    public Dictionary<string, int> Attempts { get; } = new(StringComparer.Ordinal);

    public int Attempt(string objectKey) => Attempts[objectKey] = Attempts.GetValueOrDefault(objectKey) + 1;
}
