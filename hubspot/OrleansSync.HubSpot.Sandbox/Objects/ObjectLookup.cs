using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary>Finds a record by record id or by a unique <c>idProperty</c> (contacts also by secondary email).</summary>
internal static class ObjectLookup
{
    public static CrmRecord? Find(SandboxPortal portal, ObjectType type, string id, string? idProperty)
    {
        if (string.IsNullOrEmpty(idProperty) || idProperty == "hs_object_id")
        {
            return portal.Store.Find(type, id);
        }

        var holder = portal.Store.FindUnique(type, idProperty, id);
        if (holder is null && type == ObjectType.Contacts && idProperty == "email")
        {
            holder = portal.Store.FindUnique(type, "hs_additional_emails", id);
        }

        return holder is null ? null : portal.Store.Find(type, holder);
    }
}
