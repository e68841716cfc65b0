using OrleansSync.HubSpot.Sandbox.Api;

namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary>What one write input will do once the whole batch is checked: create, update <see cref="Target"/>, or fail.</summary>
internal sealed record WritePlan(int Index, CrmRecord? Target, Dictionary<string, string> Values, string? TraceId, int Status = 200, ErrorWire? Error = null)
{
    public bool Failed => Error is not null;
}
