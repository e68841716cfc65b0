using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Objects;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.HubSpot.Sandbox.Pipelines;

/// <summary>Pipelines API: list, read, create (201), add stage (201), delete (204; 400 STAGE_ID_IN_USE when validating references).</summary>
internal static class PipelineHandlers
{
    public static IResult List(HttpContext http, string objectType) => WithType(http, objectType, (portal, type) =>
        Results.Json(new PipelineListWire([.. portal.Pipelines.For(type).Select(Output)]), SandboxJsonContext.Default.PipelineListWire));

    public static IResult Read(HttpContext http, string objectType, string pipelineId) => WithType(http, objectType, (portal, type) =>
        portal.Pipelines.Find(type, pipelineId) is { } p ? Results.Json(Output(p), SandboxJsonContext.Default.PipelineOutputWire) : HubSpotErrors.NotFound($"Unable to find pipeline {pipelineId}"));

    public static async Task<IResult> CreateAsync(HttpContext http, string objectType)
    {
        var input = await http.ReadBodyAsync(SandboxJsonContext.Default.PipelineInputWire);
        return WithType(http, objectType, (portal, type) =>
        {
            if (input is not { Label.Length: > 0, Stages: { } stages })
            {
                return HubSpotErrors.Validation("label, displayOrder and stages are required.");
            }

            if (portal.Pipelines.For(type).Any(p => p.Label == input.Label))
            {
                return HubSpotErrors.Conflict($"A pipeline with label {input.Label} already exists.");
            }

            if (stages.Count > PipelineCatalog.MaxStages(type) || stages.Select(s => s.Label).Distinct().Count() != stages.Count)
            {
                return HubSpotErrors.Validation($"A pipeline needs unique stage labels and at most {PipelineCatalog.MaxStages(type)} stages.");
            }

            if (stages.FirstOrDefault(s => StageProblem(type, s) is not null) is { } bad)
            {
                return HubSpotErrors.Validation(StageProblem(type, bad)!);
            }

            var now = portal.Time.GetUtcNow();
            var pipeline = new Pipeline { Id = portal.Pipelines.NextId(), Label = input.Label, DisplayOrder = input.DisplayOrder ?? 0, CreatedAt = now, UpdatedAt = now };
            foreach (var stage in stages)
            {
                pipeline.Stages.Add(NewStage(portal, type, stage, now));
            }

            portal.Pipelines.For(type).Add(pipeline);
            return Results.Json(Output(pipeline), SandboxJsonContext.Default.PipelineOutputWire, statusCode: StatusCodes.Status201Created);
        });
    }

    public static async Task<IResult> CreateStageAsync(HttpContext http, string objectType, string pipelineId)
    {
        var input = await http.ReadBodyAsync(SandboxJsonContext.Default.StageInputWire);
        return WithType(http, objectType, (portal, type) =>
        {
            if (portal.Pipelines.Find(type, pipelineId) is not { } pipeline)
            {
                return HubSpotErrors.NotFound($"Unable to find pipeline {pipelineId}");
            }

            if (input is null || StageProblem(type, input) is { } problem)
            {
                return HubSpotErrors.Validation(input is null ? "Invalid input JSON." : StageProblem(type, input)!);
            }

            if (pipeline.Stages.Any(s => s.Label == input.Label) || pipeline.Stages.Count >= PipelineCatalog.MaxStages(type))
            {
                return HubSpotErrors.Validation($"Stage labels must be unique and a pipeline has at most {PipelineCatalog.MaxStages(type)} stages.");
            }

            var stage = NewStage(portal, type, input, portal.Time.GetUtcNow());
            pipeline.Stages.Add(stage);
            return Results.Json(Output(stage), SandboxJsonContext.Default.StageOutputWire, statusCode: StatusCodes.Status201Created);
        });
    }

    public static IResult Delete(HttpContext http, string objectType, string pipelineId, bool? validateReferencesBeforeDelete) => WithType(http, objectType, (portal, type) =>
    {
        if (portal.Pipelines.Find(type, pipelineId) is not { } pipeline)
        {
            return HubSpotErrors.NotFound($"Unable to find pipeline {pipelineId}");
        }

        var inUse = portal.Store.All(type).Where(r => r.Properties.GetValueOrDefault("pipeline") == pipelineId).ToList();
        if (validateReferencesBeforeDelete == true && inUse.Count > 0)
        {
            var error = HubSpotErrors.Error("VALIDATION_ERROR", $"Pipeline {pipelineId} has records in its stages.", new()
            {
                ["stageIds"] = [.. inUse.Select(r => r.Properties.GetValueOrDefault("dealstage") ?? "").Distinct()],
                ["objectIds"] = [.. inUse.Select(r => r.Id)],
            }, "PipelineError.STAGE_ID_IN_USE");
            return HubSpotErrors.Result(StatusCodes.Status400BadRequest, error);
        }

        portal.Pipelines.For(type).Remove(pipeline);
        return Results.NoContent();
    });

    private static string? StageProblem(ObjectType type, StageInputWire stage) =>
        string.IsNullOrEmpty(stage.Label) ? "Every stage needs a label."
        : type == ObjectType.Deals && !(stage.Metadata?.TryGetValue("probability", out var p) == true && IsProbability(p)) ? $"Stage {stage.Label} needs metadata.probability between 0.0 and 1.0."
        : null;

    private static bool IsProbability(string value) =>
        decimal.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1 && p * 10 == decimal.Truncate(p * 10);

    private static PipelineStage NewStage(SandboxPortal portal, ObjectType type, StageInputWire input, DateTimeOffset now)
    {
        var metadata = new Dictionary<string, string>(input.Metadata ?? [], StringComparer.Ordinal);
        if (type == ObjectType.Deals)
        {
            metadata["isClosed"] = PipelineCatalog.IsClosed(metadata["probability"]);
        }

        return new PipelineStage { Id = portal.Pipelines.NextId(), Label = input.Label!, DisplayOrder = input.DisplayOrder ?? 0, Metadata = metadata, CreatedAt = now, UpdatedAt = now };
    }

    private static IResult WithType(HttpContext http, string objectType, Func<SandboxPortal, ObjectType, IResult> action)
    {
        if (ObjectType.Find(objectType) is not { } type)
        {
            return HubSpotErrors.Validation($"Unable to infer object type from: {objectType}");
        }

        var portal = http.Portal();
        lock (portal.Gate)
        {
            return action(portal, type);
        }
    }

    private static StageOutputWire Output(PipelineStage s) =>
        new(s.Id, s.Label, s.DisplayOrder, s.Metadata, false, HubSpotErrors.Iso(s.CreatedAt), HubSpotErrors.Iso(s.UpdatedAt));

    private static PipelineOutputWire Output(Pipeline p) =>
        new(p.Id, p.Label, p.DisplayOrder, false, HubSpotErrors.Iso(p.CreatedAt), HubSpotErrors.Iso(p.UpdatedAt), [.. p.Stages.Select(Output)]);
}
