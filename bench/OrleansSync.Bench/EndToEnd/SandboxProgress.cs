using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Bootstrap;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.Bench.EndToEnd;

/// <summary>What the HubSpot sandbox holds so far, counted through its inspection API.</summary>
internal sealed record SandboxProgress(int Contacts, int Deals, int LineItems)
{
    public int Records => Contacts + Deals + LineItems;

    public static SandboxProgress Of(SandboxPortal portal) => new(
        portal.Objects(HubSpotObjectTypes.Contacts).Count,
        portal.Objects(HubSpotObjectTypes.Deals).Count,
        portal.Objects(HubSpotObjectTypes.LineItems).Count);

    public bool Holds(SandboxProgress expected) =>
        Contacts >= expected.Contacts && Deals >= expected.Deals && LineItems >= expected.LineItems;

    public override string ToString() => $"{Contacts:N0} contacts, {Deals:N0} deals, {LineItems:N0} line items";

    /// <summary>When each deal appeared in the sandbox (its creation time on the sandbox's clock, the system clock), by order key.</summary>
    public static Dictionary<string, DateTimeOffset> DealCreationTimes(SandboxPortal portal) =>
        portal.Objects(HubSpotObjectTypes.Deals)
            .Where(d => d.Properties.ContainsKey(EcommerceSchema.OrderKey))
            .ToDictionary(d => d.Properties[EcommerceSchema.OrderKey], d => d.CreatedAt, StringComparer.Ordinal);
}
