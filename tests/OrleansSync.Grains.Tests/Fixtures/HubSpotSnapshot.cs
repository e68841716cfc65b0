using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Tests.Fixtures;

/// <summary>The portal's CRM state as comparable lines, independent of HubSpot's record ids.</summary>
public static class HubSpotSnapshot
{
    /// <summary>What one snapshot lacks and has extra against another (a few lines each), for a failure message.</summary>
    public static string Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        $"Missing: [{string.Join(" | ", expected.Except(actual).Take(5))}]; unexpected: [{string.Join(" | ", actual.Except(expected).Take(5))}]";

    private static readonly HashSet<string> _volatile = new(StringComparer.Ordinal)
    {
        "hs_object_id", "createdate", "hs_createdate", "lastmodifieddate", "hs_lastmodifieddate",

        // Set only when the old contact was written before the store's email change was seen (a race the runs may resolve differently).
        "hs_additional_emails",
    };

    public static IReadOnlyList<string> Capture(HubSpotView view)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in view.Contacts)
        {
            names[c.Id] = "contact:" + c.Properties.GetValueOrDefault("email");
        }

        foreach (var d in view.Deals)
        {
            names[d.Id] = "deal:" + d.Properties.GetValueOrDefault("ecom_order_key");
        }

        foreach (var l in view.LineItems)
        {
            names[l.Id] = "line_item:" + l.Properties.GetValueOrDefault("ecom_line_key");
        }

        foreach (var c in view.Companies)
        {
            names[c.Id] = "company:" + c.Properties.GetValueOrDefault("ecom_company_key");
        }

        var lines = new List<string>();
        foreach (var record in view.Contacts.Concat(view.Deals).Concat(view.LineItems).Concat(view.Companies))
        {
            lines.Add(names[record.Id] + " " + string.Join(';', record.Properties.Where(p => !_volatile.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
        }

        lines.AddRange(view.Associations.Select(a => $"assoc {names.GetValueOrDefault(a.FromId, a.FromId)} -> {names.GetValueOrDefault(a.ToId, a.ToId)} #{a.AssociationTypeId}"));
        lines.AddRange(view.Events.Select(e => $"event {e.EventName} {e.Email} {e.Uuid}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static async Task<IReadOnlyDictionary<string, string>> StageLabelsAsync(SyncCluster sync)
    {
        await using var provider = SyncCluster.HubSpotServices(sync.Sandbox);
        var client = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<HubSpotClient>(provider);
        var pipelines = await client.GetPipelinesAsync(HubSpotObjectTypes.Deals, CancellationToken.None);
        return pipelines.SelectMany(p => p.Stages).ToDictionary(s => s.Id!, s => s.Label, StringComparer.Ordinal);
    }
}
