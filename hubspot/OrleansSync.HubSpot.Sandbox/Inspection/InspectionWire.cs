using System.Text.Json;

namespace OrleansSync.HubSpot.Sandbox.Inspection;

internal sealed class FaultsWire
{
    public double? ServerErrorRate { get; set; }

    public int? AddedLatencyMs { get; set; }

    public double? TimeoutRate { get; set; }

    public int? TimeoutDurationMs { get; set; }

    public int? Pending429Burst { get; set; }

    /// <summary>Sets <see cref="Faults.FaultKnobs.RefuseRecordsMatching"/>; an empty string turns it off.</summary>
    public string? RefuseRecordsMatching { get; set; }
}

internal sealed class WebhookSendWire
{
    public string? TargetUrl { get; set; }

    public string? ClientSecret { get; set; }

    public List<JsonElement>? Events { get; set; }
}

internal sealed record PortalSummaryWire(long PortalId, int RequestsPerInterval, int IntervalMs, int DailyLimit);

internal sealed record WebhookSendResultWire(int Status, int Attempts);
