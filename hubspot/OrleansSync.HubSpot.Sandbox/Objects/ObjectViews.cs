using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary>Record → <c>SimplePublicObject</c> JSON: the requested (or default) properties, omitting empty ones.</summary>
internal static class ObjectViews
{
    private static readonly string[] Always = ["hs_object_id", "createdate", "hs_createdate", "lastmodifieddate", "hs_lastmodifieddate"];

    /// <summary>Properties asked for with <c>?properties=a,b</c> (or repeated); null when none were asked for.</summary>
    public static IReadOnlyCollection<string>? Requested(HttpContext http) =>
        Requested(http.Request.Query["properties"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    public static IReadOnlyCollection<string>? Requested(IEnumerable<string>? names) =>
        names?.ToList() is { Count: > 0 } list ? list : null;

    /// <summary>Reads return the requested or the type's default properties.</summary>
    public static ObjectOutputWire Read(CrmRecord record, IReadOnlyCollection<string>? requested) =>
        View(record, (requested ?? record.Type.DefaultProperties).Concat(Always).ToHashSet(StringComparer.Ordinal), null, null);

    /// <summary>Writes return every property the record has.</summary>
    public static ObjectOutputWire Written(CrmRecord record, bool? isNew = null, string? traceId = null) => View(record, null, isNew, traceId);

    public static Dictionary<string, AssociationListWire>? Associations(SandboxPortal portal, CrmRecord record, HttpContext http)
    {
        var asked = http.Request.Query["associations"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (asked.Count == 0)
        {
            return null;
        }

        var result = new Dictionary<string, AssociationListWire>(StringComparer.Ordinal);
        foreach (var name in asked)
        {
            if (ObjectType.Find(name) is { } to)
            {
                var links = portal.Links.From(record.Type, record.Id, to)
                    .Select(l => new AssociatedIdWire(l.ToId, $"{record.Type.Singular}_to_{to.Singular}"))
                    .DistinctBy(l => l.Id)
                    .ToList();
                if (links.Count > 0)
                {
                    result[to.Name] = new AssociationListWire(links);
                }
            }
        }

        return result;
    }

    private static ObjectOutputWire View(CrmRecord record, HashSet<string>? names, bool? isNew, string? traceId) => new()
    {
        Id = record.Id,
        Properties = record.Properties
            .Where(p => p.Value.Length > 0 && (names is null || names.Contains(p.Key)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        CreatedAt = HubSpotErrors.Iso(record.CreatedAt),
        UpdatedAt = HubSpotErrors.Iso(record.UpdatedAt),
        IsNew = isNew,
        ObjectWriteTraceId = traceId,
    };
}
