using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Sandbox.Portals;
using OrleansSync.HubSpot.Sandbox.Inspection;

namespace OrleansSync.Grains.Tests.Fixtures;

/// <summary>What a marketing-ops user sees in the portal, read through the sandbox's inspection API.</summary>
public sealed class HubSpotView(SandboxPortal portal)
{
    public IReadOnlyList<SandboxRecord> Contacts => portal.Objects(HubSpotObjectTypes.Contacts);

    public IReadOnlyList<SandboxRecord> Deals => portal.Objects(HubSpotObjectTypes.Deals);

    public IReadOnlyList<SandboxRecord> LineItems => portal.Objects(HubSpotObjectTypes.LineItems);

    public IReadOnlyList<SandboxRecord> Companies => portal.Objects(HubSpotObjectTypes.Companies);

    public IReadOnlyList<SandboxEvent> Events => portal.Events();

    public IReadOnlyList<SandboxAssociation> Associations => portal.Associations();

    public SandboxRecord? Contact(string email) =>
        Contacts.SingleOrDefault(c => c.Properties.GetValueOrDefault("email") == email);

    public SandboxRecord? Deal(string orderKey) =>
        Deals.SingleOrDefault(d => d.Properties.GetValueOrDefault("ecom_order_key") == orderKey);

    public IReadOnlyList<SandboxAssociation> From(string fromType, string fromId, string toType) =>
        [.. Associations.Where(a => a.FromObjectType == fromType && a.FromId == fromId && a.ToObjectType == toType)];
}
