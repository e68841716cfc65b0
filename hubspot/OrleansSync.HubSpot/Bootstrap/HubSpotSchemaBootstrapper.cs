using Microsoft.Extensions.Logging;

namespace OrleansSync.HubSpot.Bootstrap;

/// <summary>
/// Creates what is missing of an <see cref="EcommerceSchema"/> and nothing else: reads first, writes only the absent
/// group, properties, pipeline and stages. Running it twice makes no writes the second time. Existing definitions are
/// never changed (HubSpot forbids turning a property unique later); differences are reported.
/// </summary>
public sealed partial class HubSpotSchemaBootstrapper(HubSpotClient client, ILogger<HubSpotSchemaBootstrapper> logger)
{
    public async Task<BootstrapReport> RunAsync(EcommerceSchema schema, CancellationToken cancellationToken)
    {
        var writes = 0;
        var mismatches = new List<string>();
        foreach (var (objectType, wanted) in schema.Properties)
        {
            var groups = await client.GetPropertyGroupsAsync(objectType, cancellationToken);
            if (groups.All(g => g.Name != schema.Group.Name))
            {
                await client.CreatePropertyGroupAsync(objectType, schema.Group, cancellationToken);
                writes++;
            }

            var existing = (await client.GetPropertiesAsync(objectType, cancellationToken)).ToDictionary(p => p.Name, StringComparer.Ordinal);
            foreach (var property in wanted)
            {
                if (!existing.TryGetValue(property.Name, out var found))
                {
                    await client.CreatePropertyAsync(objectType, property, cancellationToken);
                    LogCreated(logger, objectType, property.Name);
                    writes++;
                }
                else if (found.HasUniqueValue != property.HasUniqueValue || found.Type != property.Type)
                {
                    mismatches.Add($"{objectType}.{property.Name}: exists as {found.Type}{(found.HasUniqueValue ? " (unique)" : "")}, wanted {property.Type}{(property.HasUniqueValue ? " (unique)" : "")}");
                }
            }
        }

        var (pipeline, pipelineWrites) = await EnsurePipelineAsync(schema.Pipeline, cancellationToken);
        writes += pipelineWrites;
        foreach (var mismatch in mismatches)
        {
            LogMismatch(logger, mismatch);
        }

        LogDone(logger, writes, pipeline.Id!);
        return new BootstrapReport(writes, pipeline.Id!, pipeline.Stages.ToDictionary(s => s.Label, s => s.Id!, StringComparer.Ordinal), mismatches);
    }

    private async Task<(PipelineSpec Pipeline, int Writes)> EnsurePipelineAsync(PipelineSpec wanted, CancellationToken cancellationToken)
    {
        var pipelines = await client.GetPipelinesAsync(HubSpotObjectTypes.Deals, cancellationToken);
        if (pipelines.FirstOrDefault(p => p.Label == wanted.Label) is not { } pipeline)
        {
            return (await client.CreatePipelineAsync(HubSpotObjectTypes.Deals, wanted, cancellationToken), 1);
        }

        var writes = 0;
        var stages = pipeline.Stages.ToList();
        for (var i = 0; i < wanted.Stages.Count; i++)
        {
            if (stages.All(s => s.Label != wanted.Stages[i].Label))
            {
                stages.Add(await client.CreatePipelineStageAsync(HubSpotObjectTypes.Deals, pipeline.Id!, wanted.Stages[i], i, cancellationToken));
                writes++;
            }
        }

        return (pipeline with { Stages = stages }, writes);
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Debug, Message = "Created HubSpot property {ObjectType}.{Property}")]
    private static partial void LogCreated(ILogger logger, string objectType, string property);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "HubSpot property differs from the sync's schema and was left as is: {Mismatch}")]
    private static partial void LogMismatch(ILogger logger, string mismatch);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "HubSpot schema bootstrap done: {Writes} writes; ecommerce pipeline {PipelineId}")]
    private static partial void LogDone(ILogger logger, int writes, string pipelineId);
}
