using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Api;

namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary>Single-record CRUD: list (paged), create (201), read, update, archive (204).</summary>
internal static class SingleObjectHandlers
{
    public static IResult List(HttpContext http, string objectType, int? limit, string? after)
    {
        if (ObjectType.Find(objectType) is not { } type)
        {
            return HubSpotErrors.Validation($"Unable to infer object type from: {objectType}");
        }

        var portal = http.Portal();
        var take = Math.Clamp(limit ?? 10, 1, 100);
        var start = long.TryParse(after, out var a) ? a : 0;
        lock (portal.Gate)
        {
            var page = portal.Store.All(type).Select(r => (Key: long.Parse(r.Id, System.Globalization.CultureInfo.InvariantCulture), Record: r))
                .Where(x => x.Key > start).OrderBy(x => x.Key).Take(take + 1).ToList();
            var results = page.Take(take).Select(x => ObjectViews.Read(x.Record, ObjectViews.Requested(http))).ToList();
            var paging = page.Count > take ? new PagingWire(new PagingNextWire(page[take - 1].Key.ToString(System.Globalization.CultureInfo.InvariantCulture))) : null;
            return Results.Json(new ListOutputWire(results, paging), SandboxJsonContext.Default.ListOutputWire);
        }
    }

    public static async Task<IResult> CreateAsync(HttpContext http, string objectType)
    {
        if (ObjectType.Find(objectType) is not { } type)
        {
            return HubSpotErrors.Validation($"Unable to infer object type from: {objectType}");
        }

        var input = await http.ReadBodyAsync(SandboxJsonContext.Default.ObjectInputWire);
        if (input is null)
        {
            return HubSpotErrors.InvalidJson();
        }

        var portal = http.Portal();
        lock (portal.Gate)
        {
            if (BatchWrites.BadAssociation(portal, type, input.Associations) is { } problem)
            {
                return HubSpotErrors.Validation(problem);
            }

            var plan = RecordWriter.Check(portal, type, 0, null, RecordWriter.ToValues(input.Properties), null, []);
            if (plan.Failed)
            {
                return HubSpotErrors.Result(plan.Status, plan.Error!);
            }

            var record = RecordWriter.Create(portal, type, plan.Values);
            BatchWrites.LinkOnCreate(portal, type, record, input.Associations);
            return Results.Json(ObjectViews.Written(record), SandboxJsonContext.Default.ObjectOutputWire, statusCode: StatusCodes.Status201Created);
        }
    }

    public static IResult Read(HttpContext http, string objectType, string id, string? idProperty)
    {
        if (ObjectType.Find(objectType) is not { } type)
        {
            return HubSpotErrors.Validation($"Unable to infer object type from: {objectType}");
        }

        var portal = http.Portal();
        lock (portal.Gate)
        {
            if (ObjectLookup.Find(portal, type, id, idProperty) is not { } record)
            {
                return HubSpotErrors.NotFound();
            }

            var view = ObjectViews.Read(record, ObjectViews.Requested(http)) with { Associations = ObjectViews.Associations(portal, record, http) };
            return Results.Json(view, SandboxJsonContext.Default.ObjectOutputWire);
        }
    }

    public static async Task<IResult> UpdateAsync(HttpContext http, string objectType, string id, string? idProperty)
    {
        if (ObjectType.Find(objectType) is not { } type)
        {
            return HubSpotErrors.Validation($"Unable to infer object type from: {objectType}");
        }

        var input = await http.ReadBodyAsync(SandboxJsonContext.Default.ObjectInputWire);
        if (input is null)
        {
            return HubSpotErrors.InvalidJson();
        }

        var portal = http.Portal();
        lock (portal.Gate)
        {
            if (idProperty is not null && !portal.Schema.IsUniqueIdentifier(type, idProperty))
            {
                return HubSpotErrors.Validation($"Unable to perform update/upsert by non-unique {type.TypeId} property {idProperty}");
            }

            if (ObjectLookup.Find(portal, type, id, idProperty) is not { } record)
            {
                return HubSpotErrors.NotFound();
            }

            var plan = RecordWriter.Check(portal, type, 0, record, RecordWriter.ToValues(input.Properties), null, []);
            if (plan.Failed)
            {
                return HubSpotErrors.Result(plan.Status, plan.Error!);
            }

            RecordWriter.Apply(portal, record, plan.Values);
            return Results.Json(ObjectViews.Written(record), SandboxJsonContext.Default.ObjectOutputWire);
        }
    }

    public static IResult Archive(HttpContext http, string objectType, string id)
    {
        if (ObjectType.Find(objectType) is not { } type)
        {
            return HubSpotErrors.Validation($"Unable to infer object type from: {objectType}");
        }

        var portal = http.Portal();
        lock (portal.Gate)
        {
            if (portal.Store.Find(type, id) is { } record)
            {
                RecordWriter.Remove(portal, record);
            }
        }

        return Results.NoContent();
    }
}
