using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Api;

namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary><c>batch/read</c> (207 with OBJECT_NOT_FOUND for missing ids) and <c>batch/archive</c> (always 204).</summary>
internal static class BatchReadArchive
{
    public static async Task<IResult> ReadAsync(HttpContext http, string objectType)
    {
        if (ObjectType.Find(objectType) is not { } type)
        {
            return HubSpotErrors.Validation($"Unable to infer object type from: {objectType}");
        }

        var body = await http.ReadBodyAsync(SandboxJsonContext.Default.BatchInputWire);
        if (body?.Inputs is not { } inputs || inputs.Any(i => string.IsNullOrEmpty(i?.Id)))
        {
            return HubSpotErrors.InvalidJson();
        }

        http.CountInputs(inputs.Count);
        if (inputs.Count > BatchWrites.MaxInputs)
        {
            return HubSpotErrors.TooManyInputs(inputs.Count, BatchWrites.MaxInputs);
        }

        if (body.IdProperty is { } idProperty && idProperty != "hs_object_id" && !http.Portal().Schema.IsUniqueIdentifier(type, idProperty))
        {
            return HubSpotErrors.Validation($"{idProperty} is not a unique property of {type.TypeId}.");
        }

        var portal = http.Portal();
        lock (portal.Gate)
        {
            var now = HubSpotErrors.Iso(portal.Time.GetUtcNow());
            var results = new List<ObjectOutputWire>();
            var missing = new List<string>();
            foreach (var input in inputs.DistinctBy(i => i.Id))
            {
                if (ObjectLookup.Find(portal, type, input.Id!, body.IdProperty) is { } record)
                {
                    results.Add(ObjectViews.Read(record, ObjectViews.Requested(body.Properties)));
                }
                else
                {
                    missing.Add(input.Id!);
                }
            }

            var errors = missing.Count == 0 ? null : new List<ErrorWire>
            {
                HubSpotErrors.Error("OBJECT_NOT_FOUND", $"Could not get some {type.Upper} objects, they may be deleted or not exist. Check that ids are valid.", new() { ["ids"] = missing }),
            };
            var output = new BatchOutputWire { Results = results, StartedAt = now, CompletedAt = now, Errors = errors, NumErrors = errors?.Count };
            return Results.Json(output, SandboxJsonContext.Default.BatchOutputWire, statusCode: errors is null ? 200 : StatusCodes.Status207MultiStatus);
        }
    }

    public static async Task<IResult> ArchiveAsync(HttpContext http, string objectType)
    {
        if (ObjectType.Find(objectType) is not { } type)
        {
            return HubSpotErrors.Validation($"Unable to infer object type from: {objectType}");
        }

        var body = await http.ReadBodyAsync(SandboxJsonContext.Default.BatchInputWire);
        if (body?.Inputs is not { } inputs)
        {
            return HubSpotErrors.InvalidJson();
        }

        http.CountInputs(inputs.Count);
        if (inputs.Count > BatchWrites.MaxInputs)
        {
            return HubSpotErrors.TooManyInputs(inputs.Count, BatchWrites.MaxInputs);
        }

        var portal = http.Portal();
        lock (portal.Gate)
        {
            foreach (var input in inputs)
            {
                if (input?.Id is { } id && portal.Store.Find(type, id) is { } record)
                {
                    RecordWriter.Remove(portal, record);
                }
            }
        }

        return Results.NoContent();
    }
}
