using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Api;

namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary>
/// <c>POST /{contacts|companies|deals}/merge</c>: the primary survives with its id, gaps filled from the other
/// record, associations moved, <c>hs_merged_object_ids</c> kept, the other's email kept as a secondary email.
/// <c>POST /contacts/gdpr-delete</c>: hard delete and the email blocklisted (204 even when no contact had it).
/// </summary>
internal static class MergeAndGdprHandlers
{
    public static async Task<IResult> MergeAsync(HttpContext http, string objectType)
    {
        if (ObjectType.Find(objectType) is not { } type || (type != ObjectType.Contacts && type != ObjectType.Companies && type != ObjectType.Deals))
        {
            return HubSpotErrors.NotFound($"Merge is not supported for {objectType}.");
        }

        var input = await http.ReadBodyAsync(SandboxJsonContext.Default.MergeInputWire);
        if (input?.PrimaryObjectId is not { } primaryId || input.ObjectIdToMerge is not { } otherId)
        {
            return HubSpotErrors.Validation("primaryObjectId and objectIdToMerge are required.");
        }

        if (primaryId == otherId)
        {
            return HubSpotErrors.Validation("Cannot merge an object with itself.");
        }

        var portal = http.Portal();
        lock (portal.Gate)
        {
            if (portal.Store.Find(type, primaryId) is not { } primary || portal.Store.Find(type, otherId) is not { } other)
            {
                return HubSpotErrors.NotFound();
            }

            RecordMerger.Merge(portal, type, primary, other);
            return Results.Json(ObjectViews.Written(primary), SandboxJsonContext.Default.ObjectOutputWire);
        }
    }

    public static async Task<IResult> GdprDeleteAsync(HttpContext http)
    {
        var input = await http.ReadBodyAsync(SandboxJsonContext.Default.GdprInputWire);
        if (input?.ObjectId is not { Length: > 0 } objectId)
        {
            return HubSpotErrors.Validation("objectId is required.");
        }

        if (input.IdProperty is { } idProperty && idProperty != "email" && idProperty != "hs_object_id")
        {
            return HubSpotErrors.Validation($"Unable to perform gdpr-delete by property {idProperty}");
        }

        var portal = http.Portal();
        lock (portal.Gate)
        {
            var record = ObjectLookup.Find(portal, ObjectType.Contacts, objectId, input.IdProperty);
            if (record is null && input.IdProperty != "email")
            {
                return HubSpotErrors.NotFound();
            }

            if (record?.Properties.GetValueOrDefault("email") is { } email)
            {
                portal.GdprBlocklist.Add(email);
            }

            if (input.IdProperty == "email")
            {
                portal.GdprBlocklist.Add(objectId.Trim());
            }

            if (record is not null)
            {
                RecordWriter.Remove(portal, record);
            }
        }

        return Results.NoContent();
    }
}
