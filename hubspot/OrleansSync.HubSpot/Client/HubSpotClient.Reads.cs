using OrleansSync.HubSpot.Client.Json;

namespace OrleansSync.HubSpot;

public sealed partial class HubSpotClient
{
    /// <summary>
    /// The HubSpot ids of the records whose unique <paramref name="idProperty"/> has one of <paramref name="values"/>
    /// (batch read, 100 per call; values with no record are absent from the result).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> FindIdsAsync(string objectType, string idProperty, IReadOnlyList<string> values, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in values.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(BatchSize))
        {
            var request = new BatchReadRequestWire([.. chunk.Select(v => new ReadInputWire(v))], idProperty, [idProperty]);
            var response = await SendAsync(HttpMethod.Post, _paths.Objects(objectType) + "/batch/read", request, HubSpotJsonContext.Default.BatchReadRequestWire, cancellationToken);
            if (response.Code == 404)
            {
                continue; // none of the chunk exists
            }

            EnsureSuccess(response);
            var body = System.Text.Json.JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.BatchResponseWire)!;
            foreach (var record in body.Results ?? [])
            {
                if (record.Properties?.GetValueOrDefault(idProperty) is { } value)
                {
                    found[value] = record.Id;
                }
            }
        }

        return found;
    }
}
