using System.Net.Http.Headers;
using System.Text.Json;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.HubSpot.Sandbox;

namespace OrleansSync.Cluster.Tests.HubSpot;

/// <summary>
/// A portal's CRM state as sorted, comparable lines, independent of HubSpot's record ids and of when records were
/// written: records by their unique key with every property but ids and timestamps (pipeline and stage ids as labels),
/// associations by the keys of their ends, and behavioural events.
/// </summary>
public static class CrmSnapshot
{
    private static readonly HashSet<string> _volatile = new(StringComparer.Ordinal)
    {
        "hs_object_id", "createdate", "hs_createdate", "lastmodifieddate", "hs_lastmodifieddate",
    };

    public static async Task<IReadOnlyList<string>> CaptureAsync(RunningSandbox sandbox)
    {
        var labels = await PipelineLabelsAsync(sandbox);
        var view = new HubSpotView(sandbox.DefaultPortal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (records, type, key) in Keyed(view))
        {
            foreach (var record in records)
            {
                names[record.Id] = $"{type}:{record.Properties.GetValueOrDefault(key)}";
            }
        }

        var lines = new List<string>();
        foreach (var (records, _, _) in Keyed(view))
        {
            foreach (var record in records)
            {
                var properties = record.Properties.Where(p => !_volatile.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => $"{p.Key}={(p.Key is "pipeline" or "dealstage" ? labels.GetValueOrDefault(p.Value, p.Value) : p.Value)}");
                lines.Add($"{names[record.Id]} {string.Join(';', properties)}");
            }
        }

        lines.AddRange(view.Associations.Select(a => $"assoc {names.GetValueOrDefault(a.FromId, a.FromId)} -> {names.GetValueOrDefault(a.ToId, a.ToId)} #{a.AssociationTypeId}"));
        lines.AddRange(view.Events.Select(e => $"event {e.EventName} {e.Email} {e.Uuid}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>What one snapshot lacks and has extra against another (a few lines each), for a failure message.</summary>
    public static string Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.Except(actual).ToList();
        var unexpected = actual.Except(expected).ToList();
        return $"{expected.Count} lines expected, {actual.Count} found; {missing.Count} missing, e.g. [{string.Join(" | ", missing.Take(4))}]; "
            + $"{unexpected.Count} unexpected, e.g. [{string.Join(" | ", unexpected.Take(4))}]";
    }

    private static IEnumerable<(IReadOnlyList<OrleansSync.HubSpot.Sandbox.Inspection.SandboxRecord> Records, string Type, string Key)> Keyed(HubSpotView view) =>
    [
        (view.Contacts, "contact", "email"),
        (view.Deals, "deal", "ecom_order_key"),
        (view.LineItems, "line_item", "ecom_line_key"),
        (view.Companies, "company", "ecom_company_key"),
    ];

    // Pipeline and stage ids are the sandbox's own; their labels are what the sync chose.
    private static async Task<IReadOnlyDictionary<string, string>> PipelineLabelsAsync(RunningSandbox sandbox)
    {
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", sandbox.AccessToken);
        using var document = JsonDocument.Parse(await http.GetStringAsync("crm/v3/pipelines/deals"));
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pipeline in document.RootElement.GetProperty("results").EnumerateArray())
        {
            var pipelineLabel = pipeline.GetProperty("label").GetString()!;
            labels[pipeline.GetProperty("id").GetString()!] = pipelineLabel;
            foreach (var stage in pipeline.GetProperty("stages").EnumerateArray())
            {
                labels[stage.GetProperty("id").GetString()!] = $"{pipelineLabel}/{stage.GetProperty("label").GetString()}";
            }
        }

        return labels;
    }
}
