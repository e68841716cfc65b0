using System.Text.Json;
using OrleansSync.HubSpot.Client.Json;

namespace OrleansSync.HubSpot;

/// <summary>Reading and updating records by their HubSpot id (a deal a sales rep created, its line items, products and contact).</summary>
public sealed partial class HubSpotClient
{
    /// <summary>The records among <paramref name="ids"/> that exist, with the asked <paramref name="properties"/> (batch read, 100 per call).</summary>
    public async Task<IReadOnlyList<HubSpotRecord>> ReadByIdsAsync(string objectType, IReadOnlyList<string> ids, IReadOnlyList<string> properties, CancellationToken cancellationToken)
    {
        var found = new List<HubSpotRecord>();
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var request = new BatchReadRequestWire([.. chunk.Select(id => new ReadInputWire(id))], null, properties);
            var response = await SendAsync(HttpMethod.Post, _paths.Objects(objectType) + "/batch/read", request, HubSpotJsonContext.Default.BatchReadRequestWire, cancellationToken);
            if (response.Code == 404)
            {
                continue; // none of the chunk exists
            }

            EnsureSuccess(response);
            var body = JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.BatchResponseWire)!;
            found.AddRange((body.Results ?? []).Select(r => new HubSpotRecord(r.Id, r.Properties ?? [])));
        }

        return found;
    }

    /// <summary>Sets <paramref name="properties"/> on the record with HubSpot id <paramref name="id"/>; false when no such record exists.</summary>
    public async Task<bool> UpdateByIdAsync(string objectType, string id, IReadOnlyDictionary<string, string> properties, CancellationToken cancellationToken)
    {
        var request = new BatchRequestWire<UpdateInputWire>([new UpdateInputWire(id, properties)]);
        var response = await SendAsync(HttpMethod.Post, _paths.Objects(objectType) + "/batch/update", request, HubSpotJsonContext.Default.BatchRequestWireUpdateInputWire, cancellationToken);
        if (response.Code == 404)
        {
            return false;
        }

        EnsureSuccess(response);
        var body = JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.BatchResponseWire);
        return body?.Results?.Any(r => r.Id == id) == true;
    }
}
