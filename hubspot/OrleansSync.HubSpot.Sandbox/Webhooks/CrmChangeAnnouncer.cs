using System.Globalization;
using OrleansSync.HubSpot.Sandbox.Objects;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.HubSpot.Sandbox.Webhooks;

/// <summary>
/// Turns record changes into the webhook events HubSpot sends for contacts and deals: creation, propertyChange (only for
/// subscribed properties whose value really changed), deletion and merge. Called under the portal's gate.
/// </summary>
internal static class CrmChangeAnnouncer
{
    private static readonly string[] DefaultProperties =
        ["email", "firstname", "lastname", "phone", "address", "city", "state", "zip", "country", "lifecyclestage", "hs_lead_status", "dealname", "amount", "dealstage"];

    public static bool Watches(SandboxPortal portal, CrmRecord record) =>
        portal.Webhooks.Enabled && (record.Type == ObjectType.Contacts || record.Type == ObjectType.Deals);

    public static Dictionary<string, string?> Before(SandboxPortal portal, CrmRecord record) =>
        Watches(portal, record)
            ? (portal.Options.WebhookProperties ?? [.. DefaultProperties]).ToDictionary(p => p, p => record.Properties.GetValueOrDefault(p), StringComparer.Ordinal)
            : [];

    public static void Changed(SandboxPortal portal, CrmRecord record, Dictionary<string, string?> before)
    {
        foreach (var (name, old) in before)
        {
            var now = record.Properties.GetValueOrDefault(name);
            if ((now ?? "") != (old ?? ""))
            {
                Announce(portal, record, "propertyChange", 2, name, now ?? "");
            }
        }
    }

    public static void Created(SandboxPortal portal, CrmRecord record)
    {
        if (Watches(portal, record))
        {
            Announce(portal, record, "creation", 1, changeFlag: "CREATED");
        }
    }

    public static void Deleted(SandboxPortal portal, CrmRecord record)
    {
        if (Watches(portal, record))
        {
            Announce(portal, record, "deletion", 3, changeFlag: "DELETED");
        }
    }

    public static void Merged(SandboxPortal portal, CrmRecord primary, CrmRecord other, int propertiesMoved)
    {
        if (Watches(portal, primary))
        {
            var id = Id(primary);
            Enqueue(portal, primary, "merge", 4, e => e with { PrimaryObjectId = id, MergedObjectIds = [Id(other)], NewObjectId = id, NumberOfPropertiesMoved = propertiesMoved });
        }
    }

    private static void Announce(SandboxPortal portal, CrmRecord record, string change, int subscription, string? property = null, string? value = null, string? changeFlag = null) =>
        Enqueue(portal, record, change, subscription, e => e with { PropertyName = property, PropertyValue = value, ChangeFlag = changeFlag });

    private static void Enqueue(SandboxPortal portal, CrmRecord record, string change, int subscription, Func<WebhookEvent, WebhookEvent> complete)
    {
        var actor = ChangeActor.Current ?? new ChangeActor("INTEGRATION", portal.Options.AppId.ToString(CultureInfo.InvariantCulture));
        var type = record.Type.Singular;
        var e = new WebhookEvent(
            portal.Webhooks.NextEventId(), subscription + (type == "deal" ? 10 : 0), portal.PortalId, portal.Options.AppId,
            portal.Time.GetUtcNow().ToUnixTimeMilliseconds(), $"{type}.{change}", Id(record), actor.ChangeSource, actor.SourceId);
        portal.Webhooks.Enqueue(complete(e));
    }

    private static long Id(CrmRecord record) => long.Parse(record.Id, CultureInfo.InvariantCulture);
}
