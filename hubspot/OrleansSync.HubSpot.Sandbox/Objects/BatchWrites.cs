using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Associations;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary>
/// <c>batch/create</c>, <c>batch/update</c>, <c>batch/upsert</c>: at most 100 inputs, unique ids, upsert only by a
/// unique property; every input is checked before anything is written, so a failing request writes nothing unless
/// partial success is allowed (207 with per-input errors keyed by <c>objectWriteTraceId</c>).
/// </summary>
internal static class BatchWrites
{
    public const int MaxInputs = 100;

    public static async Task<IResult> HandleAsync(HttpContext http, string objectType, BatchWriteKind kind, SandboxOptions options)
    {
        if (ObjectType.Find(objectType) is not { } type)
        {
            return HubSpotErrors.Validation($"Unable to infer object type from: {objectType}");
        }

        var body = await http.ReadBodyAsync(SandboxJsonContext.Default.BatchInputWire);
        if (body?.Inputs is not { } inputs || inputs.Any(i => i is null))
        {
            return HubSpotErrors.InvalidJson();
        }

        http.CountInputs(inputs.Count);
        if (inputs.Count > MaxInputs)
        {
            return HubSpotErrors.TooManyInputs(inputs.Count, MaxInputs);
        }

        var portal = http.Portal();
        if (Reject(portal, type, kind, body) is { } rejected)
        {
            return rejected;
        }

        var traceIds = inputs.Select(i => i.ObjectWriteTraceId).ToList();
        var partial = options.PartialBatches switch
        {
            PartialBatchMode.Never => false,
            PartialBatchMode.CreateOnly when kind != BatchWriteKind.Create => false,
            _ => traceIds.All(t => !string.IsNullOrEmpty(t)) && traceIds.Distinct().Count() == traceIds.Count,
        };

        lock (portal.Gate)
        {
            var started = portal.Time.GetUtcNow();
            var plans = Plan(portal, type, kind, body);
            var failed = plans.Where(p => p.Failed).ToList();
            if (failed.Count > 0 && !partial)
            {
                return HubSpotErrors.Result(failed[0].Status, failed[0].Error! with { Context = failed[0].Error!.Context?.ContainsKey("objectWriteTraceId") == true ? null : failed[0].Error!.Context });
            }

            var results = new List<ObjectOutputWire>();
            foreach (var plan in plans.Where(p => !p.Failed))
            {
                var isNew = plan.Target is null;
                var record = plan.Target ?? RecordWriter.Create(portal, type, plan.Values);
                if (!isNew)
                {
                    RecordWriter.Apply(portal, record, plan.Values);
                }
                else if (kind == BatchWriteKind.Create)
                {
                    LinkOnCreate(portal, type, record, inputs[plan.Index].Associations);
                }

                results.Add(ObjectViews.Written(record, kind == BatchWriteKind.Upsert ? isNew : null, plan.TraceId));
            }

            var output = new BatchOutputWire
            {
                Results = results,
                StartedAt = HubSpotErrors.Iso(started),
                CompletedAt = HubSpotErrors.Iso(portal.Time.GetUtcNow()),
                NumErrors = failed.Count > 0 ? failed.Count : null,
                Errors = failed.Count > 0 ? [.. failed.Select(f => f.Error!)] : null,
            };
            var status = failed.Count > 0 ? StatusCodes.Status207MultiStatus : kind == BatchWriteKind.Create ? StatusCodes.Status201Created : StatusCodes.Status200OK;
            return Results.Json(output, SandboxJsonContext.Default.BatchOutputWire, statusCode: status);
        }
    }

    private static IResult? Reject(SandboxPortal portal, ObjectType type, BatchWriteKind kind, BatchInputWire body)
    {
        if (kind == BatchWriteKind.Create)
        {
            return null;
        }

        foreach (var input in body.Inputs!)
        {
            var idProperty = input.IdProperty ?? body.IdProperty;
            if (string.IsNullOrEmpty(input.Id))
            {
                return HubSpotErrors.Validation("Every input needs an id.");
            }

            var byEmailInUpdate = kind == BatchWriteKind.Update && idProperty == "email";
            if ((kind == BatchWriteKind.Upsert && string.IsNullOrEmpty(idProperty))
                || (idProperty is not null && (byEmailInUpdate || !portal.Schema.IsUniqueIdentifier(type, idProperty))))
            {
                return HubSpotErrors.Validation($"Unable to perform update/upsert by non-unique {type.TypeId} property {idProperty ?? "hs_object_id"}");
            }
        }

        var duplicates = body.Inputs!
            .GroupBy(i => CrmObjectStore.Normalize(i.IdProperty ?? body.IdProperty ?? "", i.Id!))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        return duplicates.Count > 0 ? HubSpotErrors.DuplicateIds(duplicates) : null;
    }

    private static List<WritePlan> Plan(SandboxPortal portal, ObjectType type, BatchWriteKind kind, BatchInputWire body)
    {
        var claims = new Dictionary<(string, string), int>();
        var plans = new List<WritePlan>();
        for (var i = 0; i < body.Inputs!.Count; i++)
        {
            var input = body.Inputs[i];
            var values = RecordWriter.ToValues(input.Properties);
            var idProperty = input.IdProperty ?? body.IdProperty;
            CrmRecord? target = null;
            if (kind != BatchWriteKind.Create)
            {
                target = ObjectLookup.Find(portal, type, input.Id!, idProperty);
                if (target is null && kind == BatchWriteKind.Update)
                {
                    plans.Add(NotFound(type, i, values, input));
                    continue;
                }

                if (kind == BatchWriteKind.Upsert && target is null)
                {
                    values[idProperty!] = input.Id!;
                }
            }
            else if (BadAssociation(portal, type, input.Associations) is { } problem)
            {
                plans.Add(new WritePlan(i, null, values, input.ObjectWriteTraceId, 400, WithTrace(HubSpotErrors.Error("VALIDATION_ERROR", problem), input.ObjectWriteTraceId)));
                continue;
            }

            plans.Add(RecordWriter.Check(portal, type, i, target, values, input.ObjectWriteTraceId, claims));
        }

        return plans;
    }

    private static WritePlan NotFound(ObjectType type, int index, Dictionary<string, string> values, ObjectInputWire input)
    {
        var error = HubSpotErrors.Error("OBJECT_NOT_FOUND", $"Could not get some {type.Upper} objects, they may be deleted or not exist. Check that ids are valid.", new() { ["ids"] = [input.Id!] });
        return new WritePlan(index, null, values, input.ObjectWriteTraceId, 404, WithTrace(error, input.ObjectWriteTraceId));
    }

    private static ErrorWire WithTrace(ErrorWire error, string? traceId)
    {
        if (traceId is null)
        {
            return error;
        }

        var context = new Dictionary<string, List<string>>(error.Context ?? []) { ["objectWriteTraceId"] = [traceId] };
        return error with { Context = context };
    }

    internal static string? BadAssociation(SandboxPortal portal, ObjectType type, List<CreateAssociationWire>? associations)
    {
        foreach (var association in associations ?? [])
        {
            foreach (var spec in association.Types ?? [])
            {
                if (AssociationTypesLookup.TargetOf(type, spec.AssociationTypeId) is not { } to)
                {
                    return $"{spec.AssociationTypeId} is not a valid association type id from {type.Singular}.";
                }

                if (association.To?.Id is not { } toId || portal.Store.Find(to, toId) is null)
                {
                    return $"Association target {to.Singular} {association.To?.Id} does not exist.";
                }
            }
        }

        return null;
    }

    internal static void LinkOnCreate(SandboxPortal portal, ObjectType type, CrmRecord record, List<CreateAssociationWire>? associations)
    {
        foreach (var association in associations ?? [])
        {
            foreach (var spec in association.Types ?? [])
            {
                var to = AssociationTypesLookup.TargetOf(type, spec.AssociationTypeId)!;
                portal.Links.Add(type, record.Id, to, association.To!.Id!, spec.AssociationTypeId, spec.AssociationCategory ?? "HUBSPOT_DEFINED");
            }
        }
    }
}
