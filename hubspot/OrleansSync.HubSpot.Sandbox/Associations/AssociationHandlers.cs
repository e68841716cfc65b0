using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Objects;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.HubSpot.Sandbox.Associations;

/// <summary>
/// Associations v4: default associate (both directions reported, 200), labelled create (201, types validated per
/// direction), read, delete (all types of a pair), and the batch forms (create 201/207, read 200/207, archive 204).
/// </summary>
internal static class AssociationHandlers
{
    public const int MaxWriteInputs = 2_000;
    public const int MaxReadInputs = 1_000;

    public static IResult PutDefault(HttpContext http, string fromType, string fromId, string toType, string toId) =>
        WithTypes(http, fromType, toType, (portal, from, to) =>
        {
            if (AssociationTypes.Default(from, to) is not { } typeId)
            {
                return HubSpotErrors.Validation($"There is no default association from {from.Singular} to {to.Singular}.");
            }

            if (portal.Store.Find(from, fromId) is null || portal.Store.Find(to, toId) is null)
            {
                return HubSpotErrors.NotFound($"{from.Singular} {fromId} or {to.Singular} {toId} does not exist.");
            }

            portal.Links.Add(from, fromId, to, toId, typeId, "HUBSPOT_DEFINED");
            return Results.Json(DefaultOutput(portal, [(from, fromId, to, toId, typeId)], null), SandboxJsonContext.Default.AssociationBatchOutputWireDefaultAssociationWire);
        });

    public static async Task<IResult> PutLabelledAsync(HttpContext http, string fromType, string fromId, string toType, string toId)
    {
        var types = await http.ReadBodyAsync(SandboxJsonContext.Default.ListAssociationTypeWire);
        return WithTypes(http, fromType, toType, (portal, from, to) =>
        {
            if (types is not { Count: > 0 })
            {
                return HubSpotErrors.Validation("At least one association type is required.");
            }

            if (Invalid(from, to, types) is { } bad)
            {
                return HubSpotErrors.Validation(bad);
            }

            if (portal.Store.Find(from, fromId) is null || portal.Store.Find(to, toId) is null)
            {
                return HubSpotErrors.NotFound($"{from.Singular} {fromId} or {to.Singular} {toId} does not exist.");
            }

            var labels = Link(portal, from, fromId, to, toId, types);
            return Results.Json(new LabelsBetweenPairWire(from.TypeId, fromId, to.TypeId, toId, labels), SandboxJsonContext.Default.LabelsBetweenPairWire, statusCode: 201);
        });
    }

    public static IResult List(HttpContext http, string fromType, string fromId, string toType) =>
        WithTypes(http, fromType, toType, (portal, from, to) =>
            Results.Json(new AssociationListOutputWire(ToList(portal, from, fromId, to)), SandboxJsonContext.Default.AssociationListOutputWire));

    public static IResult Delete(HttpContext http, string fromType, string fromId, string toType, string toId) =>
        WithTypes(http, fromType, toType, (portal, from, to) =>
        {
            portal.Links.RemovePair(from, fromId, to, toId);
            return Results.NoContent();
        });

    public static async Task<IResult> BatchDefaultAsync(HttpContext http, string fromType, string toType)
    {
        var body = await http.ReadBodyAsync(SandboxJsonContext.Default.AssociationBatchInputWire);
        return WithTypes(http, fromType, toType, (portal, from, to) =>
        {
            if (Inputs(http, body?.Inputs, MaxWriteInputs) is { } rejected)
            {
                return rejected;
            }

            if (AssociationTypes.Default(from, to) is not { } typeId)
            {
                return HubSpotErrors.Validation($"There is no default association from {from.Singular} to {to.Singular}.");
            }

            var done = new List<(ObjectType, string, ObjectType, string, int)>();
            var errors = new List<ErrorWire>();
            foreach (var input in body!.Inputs!)
            {
                if (Missing(portal, from, input.From?.Id, to, input.To?.Id) is { } error)
                {
                    errors.Add(error);
                    continue;
                }

                portal.Links.Add(from, input.From!.Id!, to, input.To!.Id!, typeId, "HUBSPOT_DEFINED");
                done.Add((from, input.From.Id!, to, input.To.Id!, typeId));
            }

            return Results.Json(DefaultOutput(portal, done, errors), SandboxJsonContext.Default.AssociationBatchOutputWireDefaultAssociationWire, statusCode: errors.Count > 0 ? 207 : 200);
        });
    }

    public static async Task<IResult> BatchCreateAsync(HttpContext http, string fromType, string toType)
    {
        var body = await http.ReadBodyAsync(SandboxJsonContext.Default.AssociationBatchInputWire);
        return WithTypes(http, fromType, toType, (portal, from, to) =>
        {
            if (Inputs(http, body?.Inputs, MaxWriteInputs) is { } rejected)
            {
                return rejected;
            }

            if (body!.Inputs!.Select(i => Invalid(from, to, i.Types)).FirstOrDefault(x => x is not null) is { } bad)
            {
                return HubSpotErrors.Validation(bad);
            }

            var results = new List<LabelsBetweenPairWire>();
            var errors = new List<ErrorWire>();
            foreach (var input in body.Inputs!)
            {
                if (Missing(portal, from, input.From?.Id, to, input.To?.Id) is { } error)
                {
                    errors.Add(error);
                    continue;
                }

                var labels = Link(portal, from, input.From!.Id!, to, input.To!.Id!, input.Types!);
                results.Add(new LabelsBetweenPairWire(from.TypeId, input.From.Id!, to.TypeId, input.To.Id!, labels));
            }

            var now = HubSpotErrors.Iso(portal.Time.GetUtcNow());
            var output = new AssociationBatchOutputWire<LabelsBetweenPairWire> { Results = results, StartedAt = now, CompletedAt = now, Errors = errors.Count > 0 ? errors : null, NumErrors = errors.Count > 0 ? errors.Count : null };
            return Results.Json(output, SandboxJsonContext.Default.AssociationBatchOutputWireLabelsBetweenPairWire, statusCode: errors.Count > 0 ? 207 : 201);
        });
    }

    public static async Task<IResult> BatchReadAsync(HttpContext http, string fromType, string toType)
    {
        var body = await http.ReadBodyAsync(SandboxJsonContext.Default.AssociationBatchInputWire);
        return WithTypes(http, fromType, toType, (portal, from, to) =>
        {
            if (Inputs(http, body?.Inputs, MaxReadInputs) is { } rejected)
            {
                return rejected;
            }

            var results = new List<AssociationReadResultWire>();
            var errors = new List<ErrorWire>();
            foreach (var input in body!.Inputs!)
            {
                if (input.Id is not { } id || portal.Store.Find(from, id) is null)
                {
                    errors.Add(HubSpotErrors.Error("OBJECT_NOT_FOUND", $"{from.Singular} {input.Id} does not exist.", new() { ["ids"] = [input.Id ?? ""] }));
                    continue;
                }

                results.Add(new AssociationReadResultWire(new IdOutputWire(id), ToList(portal, from, id, to)));
            }

            var now = HubSpotErrors.Iso(portal.Time.GetUtcNow());
            var output = new AssociationBatchOutputWire<AssociationReadResultWire> { Results = results, StartedAt = now, CompletedAt = now, Errors = errors.Count > 0 ? errors : null, NumErrors = errors.Count > 0 ? errors.Count : null };
            return Results.Json(output, SandboxJsonContext.Default.AssociationBatchOutputWireAssociationReadResultWire, statusCode: errors.Count > 0 ? 207 : 200);
        });
    }

    public static async Task<IResult> BatchArchiveAsync(HttpContext http, string fromType, string toType)
    {
        var body = await http.ReadBodyAsync(SandboxJsonContext.Default.AssociationArchiveBatchWire);
        return WithTypes(http, fromType, toType, (portal, from, to) =>
        {
            if (body?.Inputs is not { } inputs)
            {
                return HubSpotErrors.InvalidJson();
            }

            http.CountInputs(inputs.Count);
            foreach (var input in inputs)
            {
                foreach (var target in input.To ?? [])
                {
                    portal.Links.RemovePair(from, input.From?.Id ?? "", to, target.Id ?? "");
                }
            }

            return Results.NoContent();
        });
    }

    public static IResult Labels(HttpContext http, string fromType, string toType) =>
        WithTypes(http, fromType, toType, (portal, from, to) =>
            Results.Json(new LabelListWire([.. AssociationTypes.Labels(from, to).Select(l => new LabelWire("HUBSPOT_DEFINED", l.TypeId, l.Label))]), SandboxJsonContext.Default.LabelListWire));

    private static IResult? Inputs<T>(HttpContext http, List<T>? inputs, int max)
    {
        if (inputs is null)
        {
            return HubSpotErrors.InvalidJson();
        }

        http.CountInputs(inputs.Count);
        return inputs.Count > max ? HubSpotErrors.TooManyInputs(inputs.Count, max) : null;
    }

    private static string? Invalid(ObjectType from, ObjectType to, List<Objects.AssociationTypeWire>? types)
    {
        if (types is not { Count: > 0 })
        {
            return "Every input needs at least one association type.";
        }

        var bad = types.FirstOrDefault(t => (t.AssociationCategory ?? "HUBSPOT_DEFINED") == "HUBSPOT_DEFINED" && !AssociationTypes.IsValid(from, to, t.AssociationTypeId, out _));
        return bad is null ? null : $"{bad.AssociationTypeId} is not a valid association type id from {from.Singular} to {to.Singular}.";
    }

    private static ErrorWire? Missing(SandboxPortal portal, ObjectType from, string? fromId, ObjectType to, string? toId) =>
        fromId is null || portal.Store.Find(from, fromId) is null
            ? HubSpotErrors.Error("OBJECT_NOT_FOUND", $"No {from.Singular} with id {fromId} exists.", new() { ["fromObjectId"] = [fromId ?? ""] })
            : toId is null || portal.Store.Find(to, toId) is null
                ? HubSpotErrors.Error("OBJECT_NOT_FOUND", $"No {to.Singular} with id {toId} exists.", new() { ["toObjectId"] = [toId ?? ""] })
                : null;

    private static List<string> Link(SandboxPortal portal, ObjectType from, string fromId, ObjectType to, string toId, List<Objects.AssociationTypeWire> types)
    {
        var labels = new List<string>();
        foreach (var type in types)
        {
            var category = type.AssociationCategory ?? "HUBSPOT_DEFINED";
            portal.Links.Add(from, fromId, to, toId, type.AssociationTypeId, category);
            if (AssociationTypes.IsValid(from, to, type.AssociationTypeId, out var label) && label is not null)
            {
                labels.Add(label);
            }
        }

        return labels;
    }

    private static List<AssociatedToWire> ToList(SandboxPortal portal, ObjectType from, string fromId, ObjectType to) =>
        [.. portal.Links.From(from, fromId, to).GroupBy(l => l.ToId).Select(g => new AssociatedToWire(g.Key, [.. g.Select(l =>
        {
            AssociationTypes.IsValid(from, to, l.AssociationTypeId, out var label);
            return new AssociationTypeOutputWire(l.Category, l.AssociationTypeId, label);
        })]))];

    private static AssociationBatchOutputWire<DefaultAssociationWire> DefaultOutput(SandboxPortal portal, List<(ObjectType From, string FromId, ObjectType To, string ToId, int TypeId)> done, List<ErrorWire>? errors)
    {
        var results = new List<DefaultAssociationWire>();
        foreach (var (from, fromId, to, toId, typeId) in done)
        {
            results.Add(new DefaultAssociationWire(new IdOutputWire(fromId), new IdOutputWire(toId), new AssociationSpecWire("HUBSPOT_DEFINED", typeId)));
            if (AssociationTypes.Reverse(from, to, typeId) is { } reverse)
            {
                results.Add(new DefaultAssociationWire(new IdOutputWire(toId), new IdOutputWire(fromId), new AssociationSpecWire("HUBSPOT_DEFINED", reverse)));
            }
        }

        var now = HubSpotErrors.Iso(portal.Time.GetUtcNow());
        return new AssociationBatchOutputWire<DefaultAssociationWire> { Results = results, StartedAt = now, CompletedAt = now, Errors = errors is { Count: > 0 } ? errors : null, NumErrors = errors is { Count: > 0 } ? errors.Count : null };
    }

    private static IResult WithTypes(HttpContext http, string fromType, string toType, Func<SandboxPortal, ObjectType, ObjectType, IResult> action)
    {
        if (ObjectType.Find(fromType) is not { } from || ObjectType.Find(toType) is not { } to)
        {
            return HubSpotErrors.Validation($"Unable to infer object types from: {fromType}, {toType}");
        }

        var portal = http.Portal();
        lock (portal.Gate)
        {
            return action(portal, from, to);
        }
    }
}
