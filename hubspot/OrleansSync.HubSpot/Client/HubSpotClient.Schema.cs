using System.Globalization;
using System.Text.Json;
using OrleansSync.HubSpot.Client.Json;

namespace OrleansSync.HubSpot;

public sealed partial class HubSpotClient
{
    public async Task<IReadOnlyList<PropertySpec>> GetPropertiesAsync(string objectType, CancellationToken cancellationToken)
    {
        var response = await SendAsync<object>(HttpMethod.Get, _paths.Properties(objectType), null, null, cancellationToken);
        EnsureSuccess(response);
        return [.. JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.ResultsWirePropertyWire)!.Results.Select(p =>
            new PropertySpec(p.Name, p.Label, p.Type, p.FieldType, p.GroupName, p.HasUniqueValue, p.Description, p.Options?.Select(o => o.Value).ToList()))];
    }

    public async Task CreatePropertyAsync(string objectType, PropertySpec property, CancellationToken cancellationToken)
    {
        var options = property.Options?.Select((v, i) => new OptionWire(v, v, i, false)).ToList();
        var wire = new PropertyWire(property.Name, property.Label, property.Type, property.FieldType, property.GroupName, property.Description, property.HasUniqueValue, options);
        EnsureSuccess(await SendAsync(HttpMethod.Post, _paths.Properties(objectType), wire, HubSpotJsonContext.Default.PropertyWire, cancellationToken));
    }

    public async Task<IReadOnlyList<PropertyGroupSpec>> GetPropertyGroupsAsync(string objectType, CancellationToken cancellationToken)
    {
        var response = await SendAsync<object>(HttpMethod.Get, _paths.Properties(objectType) + "/groups", null, null, cancellationToken);
        EnsureSuccess(response);
        return [.. JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.ResultsWireGroupWire)!.Results.Select(g => new PropertyGroupSpec(g.Name, g.Label))];
    }

    public async Task CreatePropertyGroupAsync(string objectType, PropertyGroupSpec group, CancellationToken cancellationToken) =>
        EnsureSuccess(await SendAsync(HttpMethod.Post, _paths.Properties(objectType) + "/groups", new GroupWire(group.Name, group.Label, -1), HubSpotJsonContext.Default.GroupWire, cancellationToken));

    public async Task<IReadOnlyList<PipelineSpec>> GetPipelinesAsync(string objectType, CancellationToken cancellationToken)
    {
        var response = await SendAsync<object>(HttpMethod.Get, _paths.Pipelines(objectType), null, null, cancellationToken);
        EnsureSuccess(response);
        return [.. JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.ResultsWirePipelineWire)!.Results.Select(ToSpec)];
    }

    public async Task<PipelineSpec> CreatePipelineAsync(string objectType, PipelineSpec pipeline, CancellationToken cancellationToken)
    {
        var wire = new PipelineWire(null, pipeline.Label, 0, [.. pipeline.Stages.Select((s, i) => new StageWire(null, s.Label, i, new Dictionary<string, string> { ["probability"] = s.Probability }))]);
        var response = await SendAsync(HttpMethod.Post, _paths.Pipelines(objectType), wire, HubSpotJsonContext.Default.PipelineWire, cancellationToken);
        EnsureSuccess(response);
        return ToSpec(JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.PipelineWire)!);
    }

    public async Task<PipelineStageSpec> CreatePipelineStageAsync(string objectType, string pipelineId, PipelineStageSpec stage, int displayOrder, CancellationToken cancellationToken)
    {
        var wire = new StageWire(null, stage.Label, displayOrder, new Dictionary<string, string> { ["probability"] = stage.Probability });
        var response = await SendAsync(HttpMethod.Post, _paths.Pipelines(objectType) + "/" + Uri.EscapeDataString(pipelineId) + "/stages", wire, HubSpotJsonContext.Default.StageWire, cancellationToken);
        EnsureSuccess(response);
        var created = JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.StageWire)!;
        return new PipelineStageSpec(created.Label, created.Metadata?.GetValueOrDefault("probability") ?? stage.Probability, created.Id);
    }

    private static PipelineSpec ToSpec(PipelineWire p) =>
        new(p.Label, [.. p.Stages.OrderBy(s => s.DisplayOrder).Select(s => new PipelineStageSpec(s.Label, s.Metadata?.GetValueOrDefault("probability") ?? "", s.Id))], p.Id?.ToString(CultureInfo.InvariantCulture));
}
