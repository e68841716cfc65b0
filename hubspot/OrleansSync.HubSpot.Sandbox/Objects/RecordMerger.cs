using OrleansSync.HubSpot.Sandbox.Portals;
using OrleansSync.HubSpot.Sandbox.Webhooks;

namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary>
/// Merges <c>other</c> into <c>primary</c>: the primary survives with its id, gaps filled from the other record,
/// associations moved, <c>hs_merged_object_ids</c> kept, the other's email kept as a secondary email; one merge webhook.
/// Callers hold the portal's gate.
/// </summary>
internal static class RecordMerger
{
    public static void Merge(SandboxPortal portal, ObjectType type, CrmRecord primary, CrmRecord other)
    {
        var filled = other.Properties
            .Where(p => !primary.Properties.ContainsKey(p.Key) && portal.Schema.Find(type, p.Key) is { ReadOnlyValue: false, HasUniqueValue: false })
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var moved = filled.Count;
        var merged = string.Join(';', new[] { primary.Properties.GetValueOrDefault("hs_merged_object_ids"), other.Id }.Where(x => !string.IsNullOrEmpty(x)));
        var otherEmails = type == ObjectType.Contacts
            ? new[] { other.Properties.GetValueOrDefault("email"), other.Properties.GetValueOrDefault("hs_additional_emails") }.Where(x => !string.IsNullOrEmpty(x)).ToList()
            : [];
        portal.Links.Move(type, other.Id, primary.Id);
        RecordWriter.Remove(portal, other, announce: false);
        if (otherEmails.Count > 0)
        {
            otherEmails.Insert(0, primary.Properties.GetValueOrDefault("hs_additional_emails"));
            filled["hs_additional_emails"] = string.Join(';', otherEmails.Where(x => !string.IsNullOrEmpty(x)));
        }

        filled["hs_merged_object_ids"] = merged;
        CrmChangeAnnouncer.Merged(portal, primary, other, moved);
        RecordWriter.Apply(portal, primary, filled);
    }
}
