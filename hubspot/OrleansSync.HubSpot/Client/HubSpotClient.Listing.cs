using System.Globalization;
using System.Text.Json;
using OrleansSync.HubSpot.Client.Json;
using OrleansSync.HubSpot.Client.Reads;

namespace OrleansSync.HubSpot;

/// <summary>Reading the CRM back (reconciliation and data-quality KPIs): whole object lists and associations, page by page.</summary>
public sealed partial class HubSpotClient
{
    private const int ListPageSize = 100;

    /// <summary>
    /// Every record of <paramref name="objectType"/> with the given properties, through the list endpoint (100 a page,
    /// one rate-limited call each). Meant for the periodic checks, not for hot paths.
    /// </summary>
    public async Task<IReadOnlyList<CrmObject>> ListAllAsync(string objectType, IReadOnlyList<string> properties, CancellationToken cancellationToken)
    {
        var all = new List<CrmObject>();
        var names = Uri.EscapeDataString(string.Join(',', properties));
        string? after = null;
        do
        {
            var path = $"{_paths.Objects(objectType)}?limit={ListPageSize.ToString(CultureInfo.InvariantCulture)}&properties={names}"
                + (after is null ? "" : $"&after={Uri.EscapeDataString(after)}");
            var response = await SendAsync<object>(HttpMethod.Get, path, null, null, cancellationToken);
            EnsureSuccess(response);
            var page = JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.ListResponseWire)!;
            all.AddRange((page.Results ?? []).Select(r => new CrmObject(r.Id, r.Properties ?? [])));
            after = page.Paging?.Next?.After;
        }
        while (after is not null);

        return all;
    }

    /// <summary>For each of <paramref name="fromIds"/>, the ids of its associated <paramref name="toType"/> records (absent: none).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadAssociationsAsync(
        string fromType, string toType, IReadOnlyList<string> fromIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var chunk in fromIds.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var request = new BatchRequestWire<AssociationReadInputWire>([.. chunk.Select(id => new AssociationReadInputWire(id))]);
            var response = await SendAsync(
                HttpMethod.Post, _paths.AssociationBatch(fromType, toType) + "/read", request, HubSpotJsonContext.Default.BatchRequestWireAssociationReadInputWire, countsAgainstWindow: false, cancellationToken);
            EnsureSuccess(response);

            var body = JsonSerializer.Deserialize(response.Body, HubSpotJsonContext.Default.AssociationReadResponseWire)!;
            foreach (var result in body.Results ?? [])
            {
                found[result.From.Id] = [.. (result.To ?? []).Select(t => t.ToObjectId)];
            }
        }

        return found;
    }
}
