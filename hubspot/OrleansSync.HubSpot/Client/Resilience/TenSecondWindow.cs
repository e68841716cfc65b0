using Polly;

namespace OrleansSync.HubSpot.Client.Resilience;

/// <summary>
/// Whether a call takes a slot of the portal's rolling 10-second window. HubSpot's spec exempts the v4 association batch
/// endpoints (daily quota only) and custom event sends (no limit) from that window
/// (<c>x-hubspot-rate-limit-exemptions</c>); a slot taken for them would be a record write the portal did not send.
/// </summary>
internal static class TenSecondWindow
{
    public static readonly ResiliencePropertyKey<bool> Counts = new("orleanssync.hubspot.ten-second-window");
}
